import { describe, expect, it } from 'vitest';
import { hourAt, instantAt } from './zoned-time.ts';

describe('instantAt', () => {
  it('reads São Paulo wall-clock time (UTC−3 since 2019) as an instant', () => {
    expect(instantAt('2026-11-24', '19:24:00', 'America/Sao_Paulo').toISOString()).toBe('2026-11-24T22:24:00.000Z');
    expect(instantAt('2026-11-24', null, 'America/Sao_Paulo').toISOString()).toBe('2026-11-24T03:00:00.000Z');
  });

  it('applies the daylight-saving offset that was in force on that date', () => {
    expect(instantAt('2018-12-01', '12:00:00', 'America/Sao_Paulo').toISOString()).toBe('2018-12-01T14:00:00.000Z');
    expect(instantAt('2026-07-01', '12:00:00', 'Europe/Lisbon').toISOString()).toBe('2026-07-01T11:00:00.000Z');
  });
});

describe('hourAt', () => {
  it('reads the hour on the studio’s clock', () => {
    expect(hourAt(new Date('2026-11-24T10:30:00Z'), 'America/Sao_Paulo')).toBe(7);
    expect(hourAt(new Date('2026-11-24T02:59:00Z'), 'America/Sao_Paulo')).toBe(23);
    expect(hourAt(new Date('2026-11-24T03:00:00Z'), 'America/Sao_Paulo')).toBe(0);
  });
});
