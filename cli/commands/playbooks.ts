/**
 * `pulso playbooks list [--json]` and `pulso playbooks enable|disable NOME|--all`: which automated
 * client messages Pulso may send by itself. Staff tasks are always on; automated messages start off
 * (DOMAIN.md §3 and issue 7: unsolicited automation can get a WhatsApp number banned).
 */
import { Command } from 'commander';
import { InputError } from '../../domain/input-error.ts';
import { say } from '../../prompts/catalog.ts';
import { printJson } from '../print.ts';

const line = (key: string, values: Record<string, string | number> = {}) => say('playbooks-cli.md', key, values);

async function switchPlaybooks(name: string | undefined, options: { all?: boolean }, enabled: boolean): Promise<void> {
  const [{ configFromEnvironment }, { withStudioSession }, { playbooks }, { saveStudioSettings }] = await Promise.all([
    import('../../config.ts'),
    import('../studio-session.ts'),
    import('../../bot/outreach/playbooks.ts'),
    import('../../db/studio.ts'),
  ]);
  const automated = playbooks.filter((playbook) => playbook.actor === 'automated').map((playbook) => playbook.id as string);
  if (!options.all && !name) throw new InputError(line('name-or-all'));
  if (name && !options.all && !automated.includes(name)) {
    const known = playbooks.some((playbook) => playbook.id === name);
    throw new InputError(line(known ? 'staff-only' : 'unknown', { name, ids: automated.join(', ') }));
  }
  const chosen = options.all ? automated : [name!];
  await withStudioSession(configFromEnvironment(), async ({ database, studio }) => {
    const switches = { ...studio.settings.playbooks, ...Object.fromEntries(chosen.map((id) => [id, enabled])) };
    await saveStudioSettings(database.db, studio.id, { ...studio.settings, playbooks: switches }, new Date());
  });
  process.stdout.write(`${line(enabled ? 'enabled' : 'disabled', { ids: chosen.join(', ') })}\n`);
}

export function playbooksCommand(): Command {
  const command = new Command('playbooks').description('os playbooks e o envio automático de mensagens a clientes');
  command
    .command('list')
    .description('lista os playbooks e se cada um envia mensagens automáticas')
    .option('--json', 'saída em JSON')
    .action(async (options: { json?: boolean }) => {
      const [{ configFromEnvironment }, { withStudioSession }, { playbooks, sendsAutomatically }, { deadlineText }] = await Promise.all([
        import('../../config.ts'),
        import('../studio-session.ts'),
        import('../../bot/outreach/playbooks.ts'),
        import('../../narrate/front-desk-alert.ts'),
      ]);
      const settings = await withStudioSession(configFromEnvironment(), async ({ studio }) => studio.settings);
      const rows = playbooks.map((playbook) => ({
        name: playbook.id,
        description: say('playbooks.md', playbook.id),
        audience: playbook.actor === 'automated' ? ('client' as const) : ('staff' as const),
        actor: playbook.actor,
        deadlineHours: playbook.deadlineHours,
        followUpDays: playbook.followUpDays,
        enabled: playbook.actor === 'automated' ? sendsAutomatically(playbook.id, settings) : true,
      }));
      if (options.json) return printJson({ playbooks: rows });
      const text = rows.map((row) =>
        row.audience === 'client'
          ? line(row.enabled ? 'row-automated-on' : 'row-automated-off', { id: row.name, description: row.description })
          : line('row-staff', { id: row.name, description: row.description, actor: line(`actor-${row.actor}`), deadline: deadlineText(row.deadlineHours) }),
      );
      process.stdout.write(`${[line('list-title'), '', ...text].join('\n')}\n`);
    });
  command
    .command('enable')
    .description('liga o envio automático de um playbook (ou de todos, com --all)')
    .argument('[nome]', 'o playbook, por exemplo trial-without-plan')
    .option('--all', 'todos os playbooks automáticos')
    .action((name: string | undefined, options: { all?: boolean }) => switchPlaybooks(name, options, true));
  command
    .command('disable')
    .description('desliga o envio automático de um playbook (ou de todos, com --all)')
    .argument('[nome]', 'o playbook, por exemplo trial-without-plan')
    .option('--all', 'todos os playbooks automáticos')
    .action((name: string | undefined, options: { all?: boolean }) => switchPlaybooks(name, options, false));
  return command;
}
