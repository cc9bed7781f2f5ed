/**
 * CSV exports arrive in UTF-8 (with or without BOM) or in Windows-1252 (Excel on Windows), separated by
 * ";" (Excel in pt-BR, where "," is the decimal mark) or ",". Both are detected, not configured.
 */
export interface CsvText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  separator: ';' | ',';
}

function decode(bytes: Uint8Array): Pick<CsvText, 'text' | 'encoding'> {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Counts a character outside double quotes. */
function countOutsideQuotes(line: string, character: string): number {
  let count = 0;
  let quoted = false;
  for (const current of line) {
    if (current === '"') quoted = !quoted;
    else if (!quoted && current === character) count++;
  }
  return count;
}

/** The separator that splits the first lines into the most columns; ";" wins ties (pt-BR Excel). */
export function detectSeparator(text: string): ';' | ',' {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, 20);
  const semicolons = lines.reduce((sum, line) => sum + countOutsideQuotes(line, ';'), 0);
  const commas = lines.reduce((sum, line) => sum + countOutsideQuotes(line, ','), 0);
  return commas > semicolons ? ',' : ';';
}

export function decodeCsv(bytes: Uint8Array): CsvText {
  const { text, encoding } = decode(bytes);
  return { text, encoding, separator: detectSeparator(text) };
}
