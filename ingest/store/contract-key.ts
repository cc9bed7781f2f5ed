/**
 * Exports carry no contract id. A contract is one client's plan ending on one date: the same key from
 * the balances sheet and from the contracts sheet, so both describe the same row.
 */
import { normalizeHeader } from '../parse/header.ts';

export function contractKey(code: string, planName: string, endsOn: string | null): string {
  return `${code}|${normalizeHeader(planName)}|${endsOn ?? '-'}`;
}
