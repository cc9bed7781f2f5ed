/**
 * `pulso demo`: writes a believable studio (calisthenics and physiotherapy in São Paulo, managed in
 * Tecnofit) as Tecnofit-format workbooks plus a manifest of planted cases, for testing the importer
 * and the playbooks on realistic, messy files. The default as-of is today in the studio's time zone:
 * this is the only place the demo reads the clock.
 */
import { resolve } from 'node:path';
import { Command } from 'commander';
import { calendarDateAt, type CalendarDate } from '../../domain/calendar-date.ts';
import { InputError } from '../../domain/input-error.ts';
import type { GeneratedDemo } from '../../demo/write-demo.ts';
import { parseAsOf } from '../as-of.ts';

const studioTimeZone = 'America/Sao_Paulo';
const maxCustomers = 20_000;
const maxSeed = 2_147_483_647;

interface DemoFlags {
  out?: string;
  customers?: string;
  seed?: string;
  asOf?: string;
}

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const parsed = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new InputError(`${flag} deve ser um número inteiro de ${min} a ${max.toLocaleString('pt-BR')} (recebido: "${value}")`);
  }
  return parsed;
}

function asOfDate(value: string | undefined): CalendarDate {
  return value === undefined ? calendarDateAt(new Date(), studioTimeZone) : parseAsOf(value);
}

function brazilianDate(date: CalendarDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function summary(directory: string, { files, manifest }: GeneratedDemo): string {
  const count = (n: number) => n.toLocaleString('pt-BR');
  const money = (centavos: number) => `R$ ${(centavos / 100).toLocaleString('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  const statuses = Object.entries(manifest.counts.clientsByStatus)
    .sort(([, a], [, b]) => b - a)
    .map(([status, n]) => `${count(n)} ${status}`)
    .join(', ');
  const playbooks = new Set(manifest.plantedCases.map((c) => c.playbook)).size;
  return [
    `Estúdio de demonstração gravado em ${directory} (semente ${manifest.seed}, data-base ${brazilianDate(manifest.asOf)}):`,
    `  arquivos: ${files.map((f) => f.name).join(', ')}`,
    `  clientes: ${count(manifest.customers)} (${statuses})`,
    `  vendas: ${count(manifest.counts.receipts)} recibos de ${brazilianDate(manifest.salesHistory.from)} a ${brazilianDate(manifest.salesHistory.to)}, ${money(manifest.counts.revenueCentavos)}`,
    `  casos plantados: ${count(manifest.plantedCases.length)} em ${playbooks} ${playbooks === 1 ? 'playbook' : 'playbooks'} (detalhes em manifest.json)`,
  ].join('\n');
}

export function demoCommand(): Command {
  return new Command('demo')
    .description('gera planilhas de demonstração no formato do Tecnofit: um estúdio de calistenia e fisioterapia em São Paulo')
    .helpOption('-h, --help', 'mostra esta ajuda')
    .option('--out <pasta>', 'pasta onde gravar as planilhas e o manifest.json (obrigatória)')
    .option('--customers <n>', 'número de clientes na base, de todos os status (padrão: 300)')
    .option('--seed <s>', 'semente: a mesma semente e a mesma data-base geram arquivos idênticos (padrão: 1)')
    .option('--as-of <aaaa-mm-dd>', 'data-base das planilhas (padrão: hoje em São Paulo)')
    .action(async (flags: DemoFlags) => {
      if (flags.out === undefined || flags.out.trim() === '') {
        throw new InputError('informe a pasta de saída com --out PASTA, por exemplo: pulso demo --out ./demo');
      }
      const customers = wholeNumber('--customers', flags.customers ?? '300', 1, maxCustomers);
      const seed = wholeNumber('--seed', flags.seed ?? '1', 0, maxSeed);
      const asOf = asOfDate(flags.asOf);
      const directory = resolve(flags.out);
      const { writeDemo } = await import('../../demo/write-demo.ts');
      const demo = writeDemo(directory, { customers, seed, asOf });
      process.stdout.write(`${summary(directory, demo)}\n`);
    });
}
