/**
 * Contact columns: `Contatos` may hold several phone numbers in one cell, and `E-mail` holds what the
 * front desk typed, typos included. Both feed messaging and the data-quality report.
 */
import { z } from 'zod';
import { normalizePhone } from '../../domain/phone.ts';
import { isBlankText } from './blank.ts';

/** Between numbers: "/", ",", ";", "|", line breaks, " e ", " ou ". Spaces alone are not: "11 98765 4321" is one number. */
const phoneSeparators = /[/,;|\r\n]+|\s+(?:e|ou)\s+/iu;

/**
 * Every number in a `Contatos` cell, in E.164 (see normalizePhone), without repeats and in the order
 * written; the pieces that are not a valid number are returned as written, for the report.
 * Example: parseContacts("(11) 98765-4321 / (11) 3456-7890") = { phones: ["+5511987654321", "+551134567890"], invalid: [] }.
 */
export function parseContacts(text: string): { phones: string[]; invalid: string[] } {
  const phones: string[] = [];
  const invalid: string[] = [];
  for (const piece of text.split(phoneSeparators)) {
    const written = piece.trim();
    if (isBlankText(written)) continue;
    const phone = normalizePhone(written);
    if (phone === null) invalid.push(written);
    else if (!phones.includes(phone)) phones.push(phone);
  }
  return { phones, invalid };
}

const emailSchema = z.email();

/**
 * The e-mail trimmed and lower-cased, and whether it is deliverable-looking: zod's e-mail rule, which
 * wants one "@", no spaces, no leading, trailing or doubled dot in the local part, and a domain with a
 * dot and a top-level part of at least two letters. It rejects what front desks really type wrong
 * ("ana@gmail", "ana@@gmail.com", "ana silva@gmail.com", "anagmail.com"); a valid-looking address may
 * still bounce. "-" and empty give null.
 * Example: parseEmail(" Ana.Lima@Gmail.com ") = { email: "ana.lima@gmail.com", valid: true }.
 */
export function parseEmail(text: string): { email: string; valid: boolean } | null {
  if (isBlankText(text)) return null;
  const email = text.trim().toLowerCase();
  return { email, valid: emailSchema.safeParse(email).success };
}
