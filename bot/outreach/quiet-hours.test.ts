import { describe, expect, it } from 'vitest';
import { nextAllowedInstant, type QuietHours } from './quiet-hours.ts';

const defaults: QuietHours = { start: '21:00', end: '08:00', sundays: true };
const saoPaulo = 'America/Sao_Paulo';

describe('nextAllowedInstant', () => {
  it('moves Saturday 22:00 to Monday 08:00 (São Paulo is UTC−3)', () => {
    // 2026-11-28 is a Saturday.
    expect(nextAllowedInstant(new Date('2026-11-29T01:00:00Z'), defaults, saoPaulo).toISOString()).toBe('2026-11-30T11:00:00.000Z');
  });
  it('moves an early morning to 08:00 the same day and leaves working hours alone', () => {
    expect(nextAllowedInstant(new Date('2026-11-24T10:30:00Z'), defaults, saoPaulo).toISOString()).toBe('2026-11-24T11:00:00.000Z');
    expect(nextAllowedInstant(new Date('2026-11-24T13:00:00Z'), defaults, saoPaulo).toISOString()).toBe('2026-11-24T13:00:00.000Z');
  });
  it('moves 21:00 on a weekday to 08:00 the next day, and Sunday noon to Monday 08:00', () => {
    expect(nextAllowedInstant(new Date('2026-11-25T00:00:00Z'), defaults, saoPaulo).toISOString()).toBe('2026-11-25T11:00:00.000Z');
    expect(nextAllowedInstant(new Date('2026-11-29T15:00:00Z'), defaults, saoPaulo).toISOString()).toBe('2026-11-30T11:00:00.000Z');
  });
  it('allows Sundays when the studio says so, and a window that does not wrap midnight', () => {
    const sundaysOpen = { ...defaults, sundays: false };
    expect(nextAllowedInstant(new Date('2026-11-29T15:00:00Z'), sundaysOpen, saoPaulo).toISOString()).toBe('2026-11-29T15:00:00.000Z');
    const lunch = { start: '12:00', end: '14:00', sundays: false };
    expect(nextAllowedInstant(new Date('2026-11-24T16:00:00Z'), lunch, saoPaulo).toISOString()).toBe('2026-11-24T17:00:00.000Z');
  });
});
