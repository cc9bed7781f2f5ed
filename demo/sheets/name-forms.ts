/**
 * How each report writes a client's name. The client sheets print it in upper case with Tecnofit's
 * registration number ("BRUNO LIMA 91"); the frequency report prints it as the class schedule shows
 * it, in ordinary case and sometimes without accents, so only a normalised name matches them.
 */
import type { Client } from '../studio-records.ts';

export function numberedName(client: Client): string {
  return `${client.identity.name.toLocaleUpperCase('pt-BR')} ${client.identity.registrationSuffix}`;
}

export function upperName(client: Client): string {
  return client.identity.name.toLocaleUpperCase('pt-BR');
}

/** Every seventh client was typed into the schedule without accents. */
export function scheduleName(client: Client): string {
  const name = client.attendanceName ?? client.identity.name;
  return client.code % 7 === 0 ? name.normalize('NFD').replace(/\p{Diacritic}/gu, '') : name;
}
