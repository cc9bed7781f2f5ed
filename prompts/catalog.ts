/**
 * Reads the pt-BR texts kept in this folder. A catalog file lists one text per key, as Markdown list
 * items (`- key: texto com {{valor}}`); a template file is a whole Markdown text. Placeholders are
 * `{{name}}`, and `{{name:singular:plural}}` picks the word by the number in `name`
 * ("{{days}} {{days:dia:dias}}" → "1 dia", "3 dias"). Texts are read once and kept.
 */
import { readFileSync } from 'node:fs';
import { formatNumber } from '../domain/brazilian-format.ts';

const catalogs = new Map<string, Record<string, string>>();
const templates = new Map<string, string>();

export type TemplateValues = Record<string, string | number>;

function read(relativePath: string): string {
  return readFileSync(new URL(relativePath, import.meta.url), 'utf8');
}

/** The keyed texts of a catalog file, e.g. catalog('reasons/risk.md'). */
export function catalog(relativePath: string): Record<string, string> {
  let entries = catalogs.get(relativePath);
  if (!entries) {
    entries = {};
    for (const line of read(relativePath).split('\n')) {
      const match = /^- ([\w-]+): (.+)$/.exec(line.trim());
      if (match) entries[match[1]!] = match[2]!;
    }
    catalogs.set(relativePath, entries);
  }
  return entries;
}

/** A whole template file, without its leading comment block (lines starting with ">"). */
export function template(relativePath: string): string {
  let text = templates.get(relativePath);
  if (text === undefined) {
    text = read(relativePath)
      .split('\n')
      .filter((line) => !line.startsWith('>'))
      .join('\n')
      .trim();
    templates.set(relativePath, text);
  }
  return text;
}

function formatValue(value: string | number): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}

/** A text cut at its placeholders once: the literal pieces, and between them what fills each gap. */
type Piece = string | { name: string; singular?: string; plural?: string };

const compiled = new Map<string, Piece[]>();

function pieces(text: string): Piece[] {
  let parts = compiled.get(text);
  if (!parts) {
    parts = [];
    let last = 0;
    for (const match of text.matchAll(/\{\{(\w+)(?::([^:}]*):([^}]*))?\}\}/g)) {
      parts.push(text.slice(last, match.index), { name: match[1]!, singular: match[2], plural: match[3] });
      last = match.index + match[0].length;
    }
    parts.push(text.slice(last));
    compiled.set(text, parts);
  }
  return parts;
}

/**
 * Fills placeholders; a placeholder without a value is an error, never an empty gap in a message.
 * Scoring fills a few texts per client for every client, so each text is cut at its placeholders once.
 */
export function fill(text: string, values: TemplateValues): string {
  let result = '';
  for (const piece of pieces(text)) {
    if (typeof piece === 'string') {
      result += piece;
      continue;
    }
    const value = values[piece.name];
    if (value === undefined) throw new Error(`template value "${piece.name}" is missing`);
    result += piece.singular !== undefined ? (Number(value) === 1 ? piece.singular : piece.plural!) : formatValue(value);
  }
  return result;
}

/** The text of `key` in a catalog, filled. */
export function say(relativePath: string, key: string, values: TemplateValues = {}): string {
  const text = catalog(relativePath)[key];
  if (text === undefined) throw new Error(`no text "${key}" in prompts/${relativePath}`);
  return fill(text, values);
}
