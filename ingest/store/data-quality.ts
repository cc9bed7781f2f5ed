/**
 * Data-quality findings as pt-BR warnings for the import report: what the studio should fix in its
 * management system. Each lists a few examples with their rows, never a whole column.
 */
const maxExamples = 5;

export interface Finding {
  row: number;
  detail: string;
}

function examples(findings: Finding[]): string {
  const shown = findings.slice(0, maxExamples).map((finding) => `linha ${finding.row}: ${finding.detail}`);
  const more = findings.length > maxExamples ? `; e mais ${findings.length - maxExamples}` : '';
  return `${shown.join('; ')}${more}`;
}

function plural(count: number, singular: string, pluralForm: string): string {
  return `${count.toLocaleString('pt-BR')} ${count === 1 ? singular : pluralForm}`;
}

export function invalidEmailWarning(findings: Finding[]): string[] {
  return findings.length ? [`${plural(findings.length, 'e-mail inválido', 'e-mails inválidos')} (${examples(findings)})`] : [];
}

export function invalidPhoneWarning(findings: Finding[]): string[] {
  return findings.length ? [`${plural(findings.length, 'telefone inválido', 'telefones inválidos')} (${examples(findings)})`] : [];
}

export function duplicateCodeWarning(codes: string[]): string[] {
  if (!codes.length) return [];
  const shown = codes.slice(0, maxExamples).join(', ');
  const more = codes.length > maxExamples ? ` e mais ${codes.length - maxExamples}` : '';
  return [`${plural(codes.length, 'Código repetido', 'Códigos repetidos')} em mais de uma linha: ${shown}${more} (os dados das linhas foram combinados)`];
}

export function duplicatePeopleWarning(groups: { name: string; codes: string[] }[]): string[] {
  if (!groups.length) return [];
  const shown = groups.slice(0, maxExamples).map((group) => `${group.name} (Códigos ${group.codes.join(', ')})`).join('; ');
  const more = groups.length > maxExamples ? `; e mais ${groups.length - maxExamples}` : '';
  return [`${plural(groups.length, 'possível cadastro duplicado', 'possíveis cadastros duplicados')}, mesmo nome com Códigos diferentes: ${shown}${more}`];
}
