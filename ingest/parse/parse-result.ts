/**
 * What a parser says about one cell: a value, "unknown" (null: empty, "-"), or a pt-BR reason why the
 * cell cannot be read, which becomes the rejection of its row in the import report.
 */
export type ParseResult<T> = { ok: true; value: T | null } | { ok: false; reason: string };

export function parsed<T>(value: T | null): ParseResult<T> {
  return { ok: true, value };
}

export function unknown<T>(): ParseResult<T> {
  return { ok: true, value: null };
}

export function invalid<T>(reason: string): ParseResult<T> {
  return { ok: false, reason };
}
