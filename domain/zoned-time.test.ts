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

describe('instantAt on days the clocks change', () => {
  const at = (date: string, time: string | null, zone: string) => instantAt(date, time, zone).toISOString();

  it('switches offset at the transition, not for the whole day (New York, spring forward at 02:00)', () => {
    expect(at('2026-03-08', '00:00:00', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
    expect(at('2026-03-08', '01:30:00', 'America/New_York')).toBe('2026-03-08T06:30:00.000Z');
    expect(at('2026-03-08', '03:00:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(at('2026-03-08', '23:59:59', 'America/New_York')).toBe('2026-03-09T03:59:59.000Z');
    expect(at('2026-03-07', '23:30:00', 'America/New_York')).toBe('2026-03-08T04:30:00.000Z');
    expect(at('2026-03-09', '00:30:00', 'America/New_York')).toBe('2026-03-09T04:30:00.000Z');
  });

  it('reads a time that never happened with the later offset', () => {
    expect(at('2026-03-08', '02:00:00', 'America/New_York')).toBe('2026-03-08T06:00:00.000Z');
    expect(at('2026-03-08', '02:30:00', 'America/New_York')).toBe('2026-03-08T06:30:00.000Z');
    expect(at('2018-11-04', null, 'America/Sao_Paulo')).toBe('2018-11-04T02:00:00.000Z');
    expect(at('2018-11-04', '00:30:00', 'America/Sao_Paulo')).toBe('2018-11-04T02:30:00.000Z');
    expect(at('2018-11-04', '01:00:00', 'America/Sao_Paulo')).toBe('2018-11-04T03:00:00.000Z');
  });

  it('reads a time that happened twice as its first occurrence (New York, fall back at 02:00)', () => {
    expect(at('2026-11-01', '00:30:00', 'America/New_York')).toBe('2026-11-01T04:30:00.000Z');
    expect(at('2026-11-01', '01:30:00', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(at('2026-11-01', '01:59:59', 'America/New_York')).toBe('2026-11-01T05:59:59.000Z');
    expect(at('2026-11-01', '02:00:00', 'America/New_York')).toBe('2026-11-01T07:00:00.000Z');
    expect(at('2026-11-01', '23:00:00', 'America/New_York')).toBe('2026-11-02T04:00:00.000Z');
    expect(at('2019-02-16', '22:30:00', 'America/Sao_Paulo')).toBe('2019-02-17T00:30:00.000Z');
    expect(at('2019-02-16', '23:30:00', 'America/Sao_Paulo')).toBe('2019-02-17T01:30:00.000Z');
    expect(at('2019-02-17', '00:30:00', 'America/Sao_Paulo')).toBe('2019-02-17T03:30:00.000Z');
  });

  it('handles a half-hour change (Lord Howe, back from +11 to +10:30)', () => {
    expect(at('2026-04-05', '02:00:00', 'Australia/Lord_Howe')).toBe('2026-04-04T15:30:00.000Z');
    expect(at('2026-04-04', '12:00:00', 'Australia/Lord_Howe')).toBe('2026-04-04T01:00:00.000Z');
  });

  it('gives the same instant however often a day is asked for, and for the days around it', () => {
    const first = at('2026-11-01', '01:30:00', 'America/New_York');
    for (let again = 0; again < 3; again++) expect(at('2026-11-01', '01:30:00', 'America/New_York')).toBe(first);
    expect(at('2026-10-31', '01:30:00', 'America/New_York')).toBe('2026-10-31T05:30:00.000Z');
    expect(at('2026-11-02', '01:30:00', 'America/New_York')).toBe('2026-11-02T06:30:00.000Z');
  });
});

describe('hourAt', () => {
  it('reads the hour on the studio’s clock', () => {
    expect(hourAt(new Date('2026-11-24T10:30:00Z'), 'America/Sao_Paulo')).toBe(7);
    expect(hourAt(new Date('2026-11-24T02:59:00Z'), 'America/Sao_Paulo')).toBe(23);
    expect(hourAt(new Date('2026-11-24T03:00:00Z'), 'America/Sao_Paulo')).toBe(0);
  });
});
