/**
 * Staff names in the consultant and receipt columns: Tecnofit writes a role, the person's name and a
 * trailing "--" ("CONSULTOR PADRÃO - MATEUS --", "RECEPÇÃO - JULIANA --"); other exports write just
 * the name. The league table and the playbooks need the person.
 */
import { isBlankText } from './blank.ts';
import { foldText } from '../../domain/fold.ts';
import { displayName } from '../../domain/person-name.ts';

/** Role labels that name nobody: "CONSULTOR PADRÃO --" alone has no consultant. */
const rolesOnly = new Set(['consultor padrao', 'consultor', 'recepcao']);

/**
 * The person's display name: leading and trailing dashes dropped, the last " - "-separated part taken
 * (a hyphen inside a name, "ANA-LUÍZA", is not a separator), then displayName. Unknown ("-", empty) and
 * a bare role label give null.
 * Examples: "CONSULTOR PADRÃO - MATEUS --" → "Mateus", "RECEPÇÃO - JULIANA --" → "Juliana",
 * "MATEUS" → "Mateus", "-" → null.
 */
export function cleanConsultant(text: string): string | null {
  if (isBlankText(text)) return null;
  const trimmed = text.trim().replace(/^[\s\-–—]+|[\s\-–—]+$/gu, '');
  const name = trimmed.split(/\s+[-–—]+\s+|\s*[–—]\s*/u).at(-1)?.trim() ?? '';
  if (name === '' || rolesOnly.has(foldText(name))) return null;
  return displayName(name);
}
