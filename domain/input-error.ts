/**
 * Bad input from a person or a file: the CLI exits 2 and prints `message`, which is pt-BR and says
 * what is wrong and where (file, sheet, row, column when there is one), so the reader can fix it.
 */
export interface InputLocation {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
}

export class InputError extends Error {
  readonly location: InputLocation;
  /** The message without its location, so that a sheet's failure can travel as an event and be rebuilt. */
  readonly detail: string;

  constructor(message: string, location: InputLocation = {}) {
    super(withLocation(message, location));
    this.name = 'InputError';
    this.location = location;
    this.detail = message;
  }
}

function withLocation(message: string, { file, sheet, row, column }: InputLocation): string {
  const where = [
    file && `arquivo ${file}`,
    sheet && `planilha ${sheet}`,
    row !== undefined && `linha ${row}`,
    column && `coluna ${column}`,
  ].filter(Boolean);
  return where.length ? `${message} (${where.join(', ')})` : message;
}
