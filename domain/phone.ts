/**
 * Phone numbers as one identity: E.164 ("+5511987654321"). Brazilians write the same number as
 * "(11) 98765-4321", "11987654321", "011 98765 4321" or, from before the 2016 ninth-digit change,
 * "+55 11 8765-4321"; all of them are the same person on WhatsApp.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Normalises a phone to E.164, or returns null when it is not a valid number. Numbers without a
 * country code are Brazilian. An 8-digit Brazilian mobile (first digit 6–9) gets its ninth digit:
 * normalizePhone("+55 11 8765-4321") = "+5511987654321".
 */
export function normalizePhone(input: string): string | null {
  // "(00) 9..." is a placeholder area code, which the parser would otherwise read as a trunk prefix.
  if (/^\s*\(\s*0+\s*\)/.test(input)) return null;
  const parsed = parsePhoneNumberFromString(input.trim(), 'BR');
  if (!parsed) return null;
  if (parsed.countryCallingCode === '55') {
    // Brazilian numbers are written ending in a group of four digits; "98765-432" lost a digit.
    const lastGroup = /(\d+)\D*$/.exec(input)?.[1] ?? '';
    if (/\d\D+\d/.test(input) && lastGroup.length < 4) return null;
    const national = parsed.nationalNumber;
    if (national.length === 10 && /^[6-9]$/.test(national.charAt(2))) {
      return normalizePhone(`+55${national.slice(0, 2)}9${national.slice(2)}`);
    }
  }
  return parsed.isValid() ? parsed.number : null;
}

/** For logs and roles that need no contact data: maskPhone("+5511987654321") = "5511****4321". */
export function maskPhone(e164: string): string {
  const digits = e164.replace(/\D/g, '');
  if (digits.length <= 8) return '****';
  return `${digits.slice(0, 4)}****${digits.slice(-4)}`;
}
