/**
 * Chat text as the intent rules read it: lower case, no accents, punctuation and emoji as spaces,
 * runs of spaces collapsed, and the abbreviations Brazilians type ("hj", "vc", "qto", "q", "tb")
 * written out. Digits stay ("ficha 1002", "+55 11 98765-4321" loses only its punctuation).
 * Example: normalizeText("Quem está em RISCO hj?? 🙏") = "quem esta em risco hoje".
 */
import { removeAccents } from '../domain/fold.ts';

const abbreviations: Record<string, string> = {
  hj: 'hoje', hje: 'hoje', vc: 'voce', vcs: 'voces', qto: 'quanto', qnto: 'quanto', qt: 'quanto', q: 'que', oq: 'o que',
  tb: 'tambem', tbm: 'tambem', tmb: 'tambem', pq: 'porque', pra: 'para', p: 'para', pro: 'para o', td: 'tudo', tds: 'todos',
  msg: 'mensagem', qdo: 'quando', qnd: 'quando', cmg: 'comigo', hr: 'hora', hrs: 'horas', obg: 'obrigado', obgd: 'obrigado',
  vlw: 'valeu', blz: 'beleza', mt: 'muito', mto: 'muito', n: 'nao', naum: 'nao', nd: 'nada', ngm: 'ninguem', agr: 'agora',
  dps: 'depois', kd: 'cade', sm: 'semana', smn: 'semana', smna: 'semana', prox: 'proxima', dnv: 'de novo', eh: 'e', ta: 'esta',
  tao: 'estao', to: 'estou', end: 'endereco', exp: 'experimental', info: 'informacao', infos: 'informacoes',
};

export function normalizeText(text: string): string {
  const words = removeAccents(text.normalize('NFKC').toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return words.map((word) => abbreviations[word] ?? word).join(' ');
}
