/**
 * Unknown values. Tecnofit writes "-" (sometimes "--", an en or em dash) where it has nothing to say;
 * that is "unknown", never zero: a blocked-days column reading "-" must not become 0 days.
 */
import type { Cell } from '../cell.ts';

/** Only whitespace and dashes (hyphen, en dash, em dash, minus sign): "", "  ", "-", "--", "–", "—". */
const blankText = /^[\s\-‐‑–—−]*$/u;

/** True for text that means "unknown": isBlankText(" -- ") = true, isBlankText("0") = false. */
export function isBlankText(text: string): boolean {
  return blankText.test(text);
}

/** True for an empty cell or a text cell that means "unknown"; numbers, dates and booleans never are. */
export function isBlank(cell: Cell): boolean {
  if (cell.kind === 'empty') return true;
  return cell.kind === 'text' && isBlankText(cell.text);
}
