/**
 * Spreadsheet formula injection. On import, a text cell beginning with "=", "+", "-" or "@" is only
 * text: the reader takes cell values, never evaluates formulas, and "-" (unknown) or "-10,00" (a
 * negative amount) are data that the other parsers read. The risk is on the way out: a client name
 * such as "=HYPERLINK(...)" written back into a CSV or workbook would run in the studio's spreadsheet.
 */

/** Leading characters that make a spreadsheet treat text as a formula (OWASP CSV injection). */
const formulaStart = /^[=+\-@\t\r]/u;
/** Plain data starting with "-": dashes only (unknown) or a negative number such as "-10,00". */
const negativeOrDash = /^(?:[-–—]+|-\d+(?:[.,]\d+)*)$/u;

/**
 * Text made safe to export: a leading "=", "+", "-", "@", tab or carriage return gets a single quote
 * in front, which spreadsheets show as text, as OWASP advises; "-" and negative numbers stay as they
 * are, being data that no spreadsheet evaluates as a formula.
 * Examples: "=1+1" → "'=1+1", "@SUM(A1)" → "'@SUM(A1)", "-10,00" → "-10,00", "Bruno" → "Bruno".
 */
export function neutralizeFormula(text: string): string {
  return formulaStart.test(text) && !negativeOrDash.test(text) ? `'${text}` : text;
}
