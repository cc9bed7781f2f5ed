/**
 * commander writes its usage errors in English; the people running Pulso read Portuguese. These are
 * commander's own messages (v14), matched by their wording and said again in pt-BR.
 */
const translations: [RegExp, (...groups: string[]) => string][] = [
  [/required option '(.+)' not specified/, (option) => `falta a opção obrigatória ${option}`],
  [/option '(.+)' argument missing/, (option) => `a opção ${option} precisa de um valor`],
  [/unknown option '(.+)'/, (option) => `opção desconhecida: ${option}`],
  [/unknown command '(.+)'/, (command) => `comando desconhecido: ${command}`],
  [/missing required argument '(.+)'/, (argument) => `falta o argumento ${argument}`],
  [/too many arguments(?: for '(.+)')?/, (command) => `argumentos demais${command ? ` para ${command}` : ''}`],
];

export function translateCommanderError(message: string): string {
  for (const [pattern, translate] of translations) {
    const match = pattern.exec(message);
    if (match) return `erro: ${translate(...match.slice(1).map((group) => group ?? ''))}.\n`;
  }
  return message;
}

const helpTitles: Record<string, string> = { 'Usage:': 'Uso:', 'Options:': 'Opções:', 'Commands:': 'Comandos:', 'Arguments:': 'Argumentos:' };

export function translateHelpTitles(help: string): string {
  return help.replace(/^(Usage:|Options:|Commands:|Arguments:)/gm, (title) => helpTitles[title] ?? title);
}
