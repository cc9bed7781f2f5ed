/**
 * `pulso staff add|list|remove|telegram|token`: who may talk to Pulso and with which role, and their API tokens. Phones in any common
 * Brazilian form become one E.164 identity; a bad phone or role writes nothing and exits 2.
 */
import { Command } from 'commander';
import type { StaffMember } from '../../db/staff-directory.ts';
import { staffRoles, type StaffRole } from '../../db/schema/index.ts';
import { InputError } from '../../domain/input-error.ts';
import { printJson } from '../print.ts';

const roleNames: Record<StaffRole, string> = {
  owner: 'dono(a)',
  manager: 'gerente',
  secretary: 'secretária / recepção',
  marketing: 'marketing',
};

/** Portuguese words people use for each role, accepted as well as the English identifiers. */
const roleAliases: Record<string, StaffRole> = {
  dono: 'owner', dona: 'owner', proprietario: 'owner', proprietaria: 'owner',
  gerente: 'manager', gestor: 'manager', gestora: 'manager',
  secretaria: 'secretary', secretario: 'secretary', recepcao: 'secretary', recepcionista: 'secretary',
};

export function parseRole(input: string): StaffRole {
  const word = input.normalize('NFD').replace(/\p{Diacritic}/gu, '').trim().toLowerCase();
  const role = (staffRoles as readonly string[]).includes(word) ? (word as StaffRole) : roleAliases[word];
  if (!role) {
    throw new InputError(
      `Papel inválido: "${input}". Use owner (dono), manager (gerente), secretary (secretária) ou marketing.`,
    );
  }
  return role;
}

export async function parsePhone(input: string): Promise<string> {
  const { normalizePhone } = await import('../../domain/phone.ts');
  const phone = normalizePhone(input);
  if (!phone) {
    throw new InputError(
      `Telefone inválido: "${input}". Informe DDD e número, por exemplo (11) 98765-4321 ou +55 11 98765-4321.`,
    );
  }
  return phone;
}

function parseName(input: string): string {
  const name = input.trim().replace(/\s+/g, ' ');
  if (name.length < 2 || name.length > 80) throw new InputError('Nome inválido: use de 2 a 80 caracteres.');
  return name;
}

function describe(member: StaffMember): string {
  return `${member.name} — ${member.phone} — ${roleNames[member.role]}`;
}

/** What every staff command needs, loaded when one runs. */
async function staffSession() {
  const [{ configFromEnvironment }, { withStudioSession }, directory] = await Promise.all([
    import('../../config.ts'),
    import('../studio-session.ts'),
    import('../../db/staff-directory.ts'),
  ]);
  return { config: configFromEnvironment(), withStudioSession, ...directory };
}

function asJson(member: StaffMember) {
  return { id: member.id, name: member.name, phone: member.phone, role: member.role, createdAt: member.createdAt.toISOString() };
}

export function staffCommand(): Command {
  const command = new Command('staff').description('equipe do estúdio: quem fala com o Pulso e com qual papel');

  command
    .command('add')
    .description('cadastra uma pessoa da equipe')
    .requiredOption('--phone <telefone>', 'celular com DDD, em qualquer formato: (11) 98765-4321')
    .requiredOption('--role <papel>', 'owner (dono), manager (gerente), secretary (secretária) ou marketing')
    .requiredOption('--name <nome>', 'nome da pessoa')
    .option('--json', 'saída em JSON')
    .action(async (options: { phone: string; role: string; name: string; json?: boolean }) => {
      const member = { phone: await parsePhone(options.phone), role: parseRole(options.role), name: parseName(options.name) };
      const { config, withStudioSession, addStaff } = await staffSession();
      const created = await withStudioSession(config, ({ database, studio }) => addStaff(database.db, studio.id, member));
      if (!created) throw new InputError(`O telefone ${member.phone} já está cadastrado na equipe. Remova-o antes de cadastrar de novo.`);
      if (options.json) printJson(asJson(created));
      else process.stdout.write(`Cadastrado: ${describe(created)}\n`);
    });

  command
    .command('list')
    .description('lista a equipe')
    .option('--json', 'saída em JSON')
    .action(async (options: { json?: boolean }) => {
      const { config, withStudioSession, listStaff } = await staffSession();
      const members = await withStudioSession(config, ({ database, studio }) => listStaff(database.db, studio.id));
      if (options.json) return printJson({ staff: members.map(asJson) });
      if (members.length === 0) {
        process.stdout.write('Nenhuma pessoa na equipe. Cadastre com: pulso staff add --phone "(11) 98765-4321" --role owner --name "Seu nome"\n');
        return;
      }
      process.stdout.write(`${members.map(describe).join('\n')}\n`);
    });

  command
    .command('remove')
    .description('tira o acesso de uma pessoa da equipe (o histórico fica)')
    .argument('<telefone>', 'o celular cadastrado, em qualquer formato')
    .option('--json', 'saída em JSON')
    .action(async (phoneInput: string, options: { json?: boolean }) => {
      const phone = await parsePhone(phoneInput);
      const { config, withStudioSession, removeStaff } = await staffSession();
      const removed = await withStudioSession(config, ({ database, studio }) => removeStaff(database.db, studio.id, phone, new Date()));
      if (!removed) throw new InputError(`Nenhuma pessoa da equipe com o telefone ${phone}. Veja a lista com: pulso staff list`);
      if (options.json) printJson(asJson(removed));
      else process.stdout.write(`Removido: ${describe(removed)}\n`);
    });

  command
    .command('telegram')
    .description('gera um código de uso único para a pessoa ligar o Telegram dela ao Pulso')
    .argument('<telefone>', 'o celular cadastrado, em qualquer formato')
    .option('--json', 'saída em JSON')
    .action(async (phoneInput: string, options: { json?: boolean }) => {
      const phone = await parsePhone(phoneInput);
      const { config, withStudioSession, findStaffByPhone } = await staffSession();
      const { issueTelegramLinkCode } = await import('../../db/telegram-link-codes.ts');
      const issued = await withStudioSession(config, async ({ database, studio }) => {
        const member = await findStaffByPhone(database.db, studio.id, phone);
        return member ? { member, code: await issueTelegramLinkCode(database.db, studio.id, member.id) } : null;
      });
      if (!issued) throw new InputError(`Nenhuma pessoa da equipe com o telefone ${phone}. Veja a lista com: pulso staff list`);
      if (options.json) printJson({ ...asJson(issued.member), code: issued.code, validHours: 24 });
      else process.stdout.write(`Código para ${issued.member.name}: ${issued.code}\nNo Telegram, envie ao bot do estúdio: /start ${issued.code}\n(vale uma vez, por 24 horas)\n`);
    });

  command
    .command('token')
    .description('gera um token da API para a pessoa (mostrado uma vez só) ou revoga um token com --revoke')
    .argument('[telefone]', 'o celular cadastrado, em qualquer formato')
    .option('--label <rótulo>', 'para que serve o token, por exemplo "painel da recepção"')
    .option('--revoke <id>', 'revoga o token com este id')
    .option('--json', 'saída em JSON')
    .action(async (phoneInput: string | undefined, options: { label?: string; revoke?: string; json?: boolean }) => {
      const { config, withStudioSession, findStaffByPhone } = await staffSession();
      const { issueStaffToken, revokeStaffToken } = await import('../../db/staff-tokens.ts');
      if (options.revoke !== undefined) {
        if (!/^\d+$/.test(options.revoke)) throw new InputError(`--revoke espera o id numérico do token (recebido: "${options.revoke}").`);
        const tokenId = Number(options.revoke);
        const revoked = await withStudioSession(config, ({ database, studio }) => revokeStaffToken(database.db, studio.id, tokenId, new Date()));
        if (!revoked) throw new InputError(`Nenhum token ativo com o id ${tokenId}.`);
        if (options.json) printJson({ id: tokenId, revoked: true });
        else process.stdout.write(`Token ${tokenId} revogado.\n`);
        return;
      }
      if (!phoneInput) throw new InputError('Informe o telefone da pessoa: pulso staff token "(11) 98765-4321" [--label rótulo], ou --revoke ID.');
      const phone = await parsePhone(phoneInput);
      const label = options.label?.trim() || null;
      const issued = await withStudioSession(config, async ({ database, studio }) => {
        const member = await findStaffByPhone(database.db, studio.id, phone);
        return member ? { member, ...(await issueStaffToken(database.db, studio.id, member.id, label)) } : null;
      });
      if (!issued) throw new InputError(`Nenhuma pessoa da equipe com o telefone ${phone}. Veja a lista com: pulso staff list`);
      // The dashboard's /entrar reads the token from the fragment, which browsers never send to the server.
      const signInUrl = `${config.publicUrl?.replace(/\/+$/, '') ?? `http://127.0.0.1:${config.http.port}`}/entrar#token=${issued.token}`;
      if (options.json) printJson({ ...asJson(issued.member), tokenId: issued.id, token: issued.token, label, signInUrl });
      else process.stdout.write(`Token da API para ${issued.member.name} (id ${issued.id}):\n${issued.token}\nLink de acesso ao painel (abre já conectado):\n${signInUrl}\nGuarde-os agora: não serão mostrados de novo. Na API, use o token no cabeçalho Authorization: Bearer <token>.\n`);
    });

  return command;
}
