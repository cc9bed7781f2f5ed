/**
 * The intent rules, in the order they are tried: patterns over the normalised text (../normalize.ts),
 * most specific first ("quem vence hoje" is a renewal question before "hoje" makes it anything else).
 * Adding a way of asking means adding a pattern here and a sentence to the evaluation set.
 */
import type { IntentId, Outcome, RenewalPeriod, SummaryPeriod } from './intent.ts';

export interface IntentRule {
  intent: IntentId;
  patterns: RegExp[];
  /** Removes the command words, leaving who or what the message is about. */
  subject?: boolean;
  outcome?: Outcome;
  period?: (text: string) => RenewalPeriod | SummaryPeriod;
}

const words = (...alternatives: string[]) => new RegExp(`\\b(?:${alternatives.join('|')})\\b`);

export const optOutMessages = new Set(['sair', 'parar', 'pare', 'stop', 'cancelar', 'cancelar mensagens', 'cancelar mensagem', 'descadastrar']);

export const staffRules: IntentRule[] = [
  { intent: 'more', patterns: [/^(?:mais|ver mais|continua|continuar|continue|proxim[ao]s?|manda mais|e mais)$/] },
  { intent: 'help', patterns: [/^(?:ajuda|menu|comandos|help|socorro|opcoes|inicio|start)$/, words('o que voce (?:faz|sabe fazer)', 'como (?:te )?uso', 'quais (?:sao )?(?:os )?comandos', 'me ajuda com os comandos', 'lista de comandos')] },
  { intent: 'take-over', patterns: [words('assumir', 'assumo', 'assume', 'deixa comigo')], subject: true },
  { intent: 'give-back', patterns: [words('devolver', 'devolvo', 'devolve', 'liberar', 'libera', 'pode voltar')], subject: true },
  { intent: 'record-outcome', outcome: 'renewed', patterns: [words('renovou', 'renovaram', 'renovado', 'renovada', 'fez a renovacao', 'reativou', 'voltou a pagar')], subject: true },
  { intent: 'record-outcome', outcome: 'no-answer', patterns: [words('sem resposta', 'nao (?:me )?respondeu', 'nao atendeu', 'nao responde', 'vacuo', 'nao retornou', 'ignorou')], subject: true },
  { intent: 'record-outcome', outcome: 'contacted', patterns: [/^(?:ja )?(?:contatei|contactei|liguei|falei|mandei|chamei|enviei|conversei|contatado|contatada)\b/], subject: true },
  { intent: 'client-card', patterns: [/^(?:cliente|codigo|aluno|aluna|matricula) \d{1,7}$/, words('ficha', 'dados d[aoe]s?', 'historico d[aoe]s?', 'perfil d[aoe]s?', 'informac(?:ao|oes) d[aoe]s?', 'situacao d[aoe]s?', 'cadastro d[aoe]s?')], subject: true },
  {
    intent: 'what-if',
    patterns: [
      /^e se\b/,
      words('o que (?:eu )?(?:preciso|precisa|precisamos|tenho que fazer|falta)(?: fazer)? para (?:faturar|chegar|bater)', 'quanto (?:eu )?(?:fatur\\w*|ganh\\w*|entra\\w*) se', 'se eu (?:trouxer|aumentar|subir|melhorar|conseguir)', 'simul\\w*', 'cenario', 'meta de (?:faturamento|receita)', 'como (?:chego|chegar|bato|bater) (?:a|em|nos|os) \\d+'),
    ],
  },
  {
    intent: 'renewals',
    patterns: [words('venc(?:e|em|endo|imento|imentos|er|eu|eram|id[oa]s?)', 'renovac(?:ao|oes)', 'a vencer', 'vao vencer', 'contratos? (?:acabando|terminando)', 'termina o plano')],
    period: (text) => (/\bhoje\b/.test(text) ? 'today' : /\bmes\b|\b30 dias\b/.test(text) ? 'month' : 'week'),
  },
  { intent: 'blocked', patterns: [words('bloquead[oa]s?', 'bloqueio', 'inadimplen\\w*', 'devendo', 'atrasad[oa]s?', 'em atraso', 'pagamento atrasado', 'nao pagaram')] },
  {
    intent: 'risk-today',
    patterns: [
      words('risco', 'em perigo', 'churn', 'sumid[oa]s', 'sumiram', 'alertas?', 'prioridades?', 'quem (?:devo|tenho que|preciso|vou|eu) (?:ligar|contatar|chamar|procurar)', 'quem ligar', 'contatar hoje', 'ligar hoje', 'lista do dia', 'quem esta para sair', 'podem? cancelar', 'vao cancelar'),
    ],
  },
  { intent: 'consultants', patterns: [words('consultor(?:es|a|as)?', 'quem (?:mais )?vendeu', 'ranking', 'vendedor(?:es|as)?', 'quem vende mais', 'vendas por pessoa')] },
  { intent: 'funnel', patterns: [words('funil', 'leads?', 'convers(?:ao|oes)', 'experimentais', 'prospects?', 'interessados', 'quantas aulas experimentais', 'matriculas')] },
  { intent: 'revenue', patterns: [words('receita', 'faturamento', 'faturamos', 'faturou', 'quanto entrou', 'quanto (?:a gente )?vendeu', 'mrr', 'dinheiro', 'caixa', 'vendas do mes', 'ticket medio')] },
  {
    intent: 'summary',
    patterns: [words('resumo', 'balanco', 'relatorio', 'como foi (?:ontem|o dia|o mes|a semana)', 'numeros', 'como (?:estamos|esta o estudio|andam as coisas|vai o estudio)', 'briefing', 'panorama', 'indicadores')],
    period: (text) => (/\bmes\b/.test(text) ? 'month' : 'yesterday'),
  },
];

export const leadRules: IntentRule[] = [
  { intent: 'negotiation', patterns: [words('desconto', 'mais barat[oa]', 'por menos', 'promoc(?:ao|oes)', 'valor melhor', 'preco melhor', 'negociar', 'cupom', 'abaixar', 'parcel\\w*', 'fazer mais em conta', 'baixar o valor')] },
  {
    intent: 'human',
    patterns: [words('atendente', 'humano', 'uma pessoa', 'pessoa de verdade', 'falar com (?:alguem|a recepcao|voces|o dono|a dona|o gerente|a gerente|um professor|o professor)', 'alguem (?:me )?(?:atende|responde|liga)', 'me liga', 'me ligue', 'liga para mim', 'quero falar', 'falar com gente')],
  },
  {
    intent: 'trial',
    patterns: [words('experimental', 'aula (?:teste|gratis|gratuita|avulsa de teste)', 'experimentar', 'agendar', 'agendo', 'marcar (?:uma )?aula', 'fazer uma aula', 'testar', 'conhecer (?:o estudio|as aulas|voces|o espaco)', 'primeira aula')],
  },
  {
    intent: 'prices',
    patterns: [words('quanto (?:custa|e|fica|sai|cobra|cobram|ta|esta)', 'prec(?:o|os)', 'valor(?:es)?', 'mensalidade', 'planos?', 'tabela', 'custa', 'pacotes?', 'gympass', 'wellhub', 'totalpass', 'investimento', 'formas? de pagamento')],
  },
  {
    intent: 'schedule',
    patterns: [words('horarios?', 'que horas?', 'abre', 'abrem', 'fecha', 'fecham', 'funciona', 'funcionam', 'turmas?', 'dias da semana', 'sabado', 'domingo', 'feriado', 'ate que horas?', 'de manha', 'a noite', 'grade')],
  },
  { intent: 'address', patterns: [words('endereco', 'onde (?:fica|e|ficam|voces ficam|esta|estao)', 'localizacao', 'como (?:chego|chegar)', 'bairro', 'estacionamento', 'mapa', 'localiza\\w*', 'perto de', 'qual a rua', 'metro')] },
  { intent: 'thanks', patterns: [words('obrigad[oa]s?', 'valeu', 'agradeco', 'brigad[oa]', 'muito obrigad[oa]', 'show', 'perfeito', 'otimo')] },
  { intent: 'greeting', patterns: [words('oi+', 'ola', 'bom dia', 'boa tarde', 'boa noite', 'e ai', 'opa', 'hey', 'tudo bem', 'alo', 'oie', 'salve', 'boas')] },
];

/** Words that frame a request but are not its subject: "ficha da Carla" → "carla". */
const framing = new Set([
  'a', 'o', 'as', 'os', 'da', 'do', 'das', 'dos', 'de', 'com', 'para', 'pro', 'cliente', 'aluno', 'aluna', 'conversa', 'lead', 'ja',
  'me', 'mostra', 'mostrar', 'ver', 'hoje', 'agora', 'por', 'favor', 'pf', 'pfv', 'ai', 'que', 'quero', 'manda', 'envia', 'eu',
  'mensagem', 'whatsapp', 'zap', 'ontem', 'ela', 'ele', 'e', 'foi', 'numero', 'codigo', 'no', 'na', 'qual', 'bot', 'voltar',
]);

/** Who or what the message is about, without the command words; a código inside the command stays. */
export function subjectOf(text: string, pattern: RegExp): string {
  return text
    .replace(pattern, (match) => match.replace(/\D+/g, ' '))
    .split(' ')
    .filter((word) => word && !framing.has(word))
    .join(' ');
}

/** The rules' keywords, for typo correction (./fuzzy-words.ts). */
export const keywordVocabulary = new Set([
  'ficha', 'risco', 'bloqueados', 'bloqueado', 'bloqueadas', 'inadimplentes', 'vencimentos', 'vencimento', 'vence', 'vencem', 'vencendo',
  'renovacoes', 'resumo', 'balanco', 'relatorio', 'funil', 'leads', 'conversao', 'consultores', 'consultor', 'ranking', 'receita',
  'faturamento', 'ajuda', 'comandos', 'contatei', 'liguei', 'renovou', 'resposta', 'respondeu', 'assumir', 'devolver', 'experimental',
  'experimentar', 'agendar', 'horarios', 'horario', 'funciona', 'endereco', 'localizacao', 'atendente', 'desconto', 'promocao',
  'mensalidade', 'planos', 'valores', 'precos', 'preco', 'quanto', 'custa', 'obrigado', 'obrigada', 'semana', 'hoje', 'ontem',
  'historico', 'clientes', 'matriculas', 'sabado', 'domingo', 'estacionamento',
]);
