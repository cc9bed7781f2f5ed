/**
 * Who the studio's clients are: Brazilian names, São Paulo mobiles and the e-mails people really type,
 * including the broken ones (missing domain, doubled @, a space) that a data-quality report must catch.
 */
import type { Random } from './random.ts';

const femaleNames = [
  'Ana', 'Beatriz', 'Bruna', 'Camila', 'Carla', 'Carolina', 'Daniela', 'Débora', 'Eduarda', 'Fernanda',
  'Gabriela', 'Giovanna', 'Helena', 'Isabela', 'Jéssica', 'Juliana', 'Larissa', 'Laura', 'Letícia', 'Luana',
  'Luíza', 'Marcela', 'Mariana', 'Marina', 'Natália', 'Patrícia', 'Priscila', 'Rafaela', 'Renata', 'Sabrina',
  'Tatiane', 'Thaís', 'Vanessa', 'Vitória', 'Yasmin', 'Aline', 'Amanda', 'Bianca', 'Cíntia', 'Elaine',
  'Flávia', 'Ingrid', 'Joana', 'Lívia', 'Mônica', 'Paula', 'Raquel', 'Sara', 'Simone', 'Talita',
];

const maleNames = [
  'André', 'Antônio', 'Bruno', 'Caio', 'Carlos', 'Daniel', 'Diego', 'Eduardo', 'Felipe', 'Fernando',
  'Gabriel', 'Guilherme', 'Gustavo', 'Henrique', 'Igor', 'João', 'José', 'Leonardo', 'Lucas', 'Luiz',
  'Marcelo', 'Marcos', 'Mateus', 'Matheus', 'Murilo', 'Nicolas', 'Otávio', 'Paulo', 'Pedro', 'Rafael',
  'Renan', 'Ricardo', 'Rodrigo', 'Samuel', 'Thiago', 'Tiago', 'Vinícius', 'Vitor', 'Wagner', 'Wesley',
  'Alexandre', 'Arthur', 'Célio', 'Davi', 'Enzo', 'Fábio', 'Heitor', 'Júlio', 'Márcio', 'Sérgio',
];

const femaleMiddleNames = ['Maria', 'Paula', 'Clara', 'Luísa', 'Cristina'];
const maleMiddleNames = ['Henrique', 'Augusto', 'Eduardo', 'Vitor', 'Miguel'];

const surnames = [
  'Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes',
  'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira', 'Barbosa',
  'Rocha', 'Dias', 'Nascimento', 'Andrade', 'Moreira', 'Nunes', 'Marques', 'Machado', 'Mendes', 'Freitas',
  'Cardoso', 'Ramos', 'Gonçalves', 'Santana', 'Teixeira', 'Araújo', 'Correia', 'Pinto', 'Moura', 'Cavalcanti',
  'Monteiro', 'Batista', 'Campos', 'Azevedo', 'Brandão', 'Figueiredo', 'Conceição', 'Magalhães', 'Sampaio', 'Tavares',
];

const mailDomains: readonly (readonly [string, number])[] = [
  ['gmail.com', 60], ['hotmail.com', 15], ['outlook.com', 8], ['yahoo.com.br', 6], ['icloud.com', 6], ['uol.com.br', 3], ['bol.com.br', 2],
];

const areaCodes: readonly (readonly [string, number])[] = [['11', 92], ['12', 2], ['13', 2], ['19', 2], ['21', 2]];

export interface Identity {
  /** As registered: "João Pedro Lima". */
  name: string;
  /** Tecnofit's number after the upper-case name: "JOÃO PEDRO LIMA 91". */
  registrationSuffix: number;
  /** As the studio typed it; null when the field was left empty. */
  phone: string | null;
  email: string | null;
  emailValid: boolean;
}

function fullName(random: Random): string {
  const female = random.chance(0.56);
  const first = random.pick(female ? femaleNames : maleNames);
  const middle = random.chance(0.15) ? ` ${random.pick(female ? femaleMiddleNames : maleMiddleNames)}` : '';
  const last = random.chance(0.35) ? `${random.pick(surnames)} ${random.pick(surnames)}` : random.pick(surnames);
  return `${first}${middle} ${last}`;
}

/** A name nobody else in `taken` has (homonyms are planted on purpose, never by chance). */
export function uniqueName(random: Random, taken: Set<string>): string {
  for (;;) {
    const name = fullName(random);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** "João Pedro Lima" → "joao.lima": what people pick as a mailbox. */
function mailbox(name: string): string {
  const parts = name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().split(' ');
  return `${parts[0]}.${parts[parts.length - 1]}`;
}

function phone(random: Random, reachable: boolean): string {
  const area = random.weighted(areaCodes);
  const digits = `9${random.int(6, 9)}${String(random.int(0, 999)).padStart(3, '0')}${String(random.int(0, 9999)).padStart(4, '0')}`;
  const style = reachable ? 'standard' : random.weighted([['standard', 90], ['spaced', 6], ['short', 2], ['missing', 2]] as const);
  if (style === 'missing') return '';
  if (style === 'spaced') return `${area} ${digits.slice(0, 5)} ${digits.slice(5)}`;
  if (style === 'short') return `(${area}) ${digits.slice(0, 4)}-${digits.slice(4, 7)}`;
  return `(${area}) ${digits.slice(0, 5)}-${digits.slice(5)}`;
}

function email(random: Random, name: string, reachable: boolean): { email: string | null; valid: boolean } {
  const box = `${mailbox(name)}${random.chance(0.4) ? random.int(1, 99) : ''}`;
  const domain = random.weighted(mailDomains);
  const style = reachable ? 'valid' : random.weighted([['valid', 88], ['no-tld', 3], ['double-at', 2], ['space', 2], ['no-at', 2], ['missing', 3]] as const);
  switch (style) {
    case 'valid': return { email: `${box}@${domain}`, valid: true };
    case 'no-tld': return { email: `${box}@${domain.split('.')[0]}`, valid: false };
    case 'double-at': return { email: `${box}@@${domain}`, valid: false };
    case 'space': return { email: `${box.replace('.', ' ')}@${domain}`, valid: false };
    case 'no-at': return { email: `${box}${domain}`, valid: false };
    case 'missing': return { email: null, valid: false };
  }
}

/** A new person; `reachable` ones (planted cases) always have a valid mobile and e-mail. */
export function newIdentity(random: Random, taken: Set<string>, reachable = false): Identity {
  const name = uniqueName(random, taken);
  const contact = email(random, name, reachable);
  const typedPhone = phone(random, reachable);
  return {
    name,
    registrationSuffix: random.int(1, 99),
    phone: typedPhone === '' ? null : typedPhone,
    email: contact.email,
    emailValid: contact.valid,
  };
}
