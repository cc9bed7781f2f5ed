import { describe, expect, it } from 'vitest';
import { parseContacts, parseEmail } from './contacts.ts';

describe('parseContacts', () => {
  it.each([
    ['(11) 98765-4321', ['+5511987654321']],
    ['11 99508 8856', ['+5511995088856']],
    ['(11) 98765-4321 / (11) 3456-7890', ['+5511987654321', '+551134567890']],
    ['(11) 98765-4321, (21) 99876-5432', ['+5511987654321', '+5521998765432']],
    ['(11) 98765-4321; (11) 3456-7890', ['+5511987654321', '+551134567890']],
    ['(11) 98765-4321 e (11) 3456-7890', ['+5511987654321', '+551134567890']],
    ['(11) 98765-4321 ou (11) 3456-7890', ['+5511987654321', '+551134567890']],
    ['(11) 98765-4321\n(11) 3456-7890', ['+5511987654321', '+551134567890']],
    ['(11) 98765-4321 / 11987654321', ['+5511987654321']],
    ['Cel: (11) 98765-4321', ['+5511987654321']],
  ])('%j', (text, phones) => {
    expect(parseContacts(text)).toEqual({ phones, invalid: [] });
  });

  it('returns what it could not read as written', () => {
    expect(parseContacts('(11) 9898-573 / (11) 98765-4321 / abc')).toEqual({ phones: ['+5511987654321'], invalid: ['(11) 9898-573', 'abc'] });
  });

  it.each(['', '-', '  ', ' / '])('%j holds nothing', (text) => {
    expect(parseContacts(text)).toEqual({ phones: [], invalid: [] });
  });
});

describe('parseEmail', () => {
  it.each([
    [' Ana.Lima@Gmail.com ', 'ana.lima@gmail.com'],
    ['antonio.ramos@gmail.com', 'antonio.ramos@gmail.com'],
    ['giovanna.soares58@yahoo.com.br', 'giovanna.soares58@yahoo.com.br'],
    ['ana+studio@sub.example.com.br', 'ana+studio@sub.example.com.br'],
  ])('%j is valid', (text, email) => {
    expect(parseEmail(text)).toEqual({ email, valid: true });
  });

  it.each([
    ['aline.moura@outlook', 'aline.moura@outlook'],
    ['fernanda.soares82@@outlook.com', 'fernanda.soares82@@outlook.com'],
    ['enzo.martinsoutlook.com', 'enzo.martinsoutlook.com'],
    ['Davi Lima@gmail.com', 'davi lima@gmail.com'],
    ['ana..lima@gmail.com', 'ana..lima@gmail.com'],
    ['ana@gmail.c', 'ana@gmail.c'],
    ['ana@gmail.com; bia@gmail.com', 'ana@gmail.com; bia@gmail.com'],
  ])('%j is kept but invalid', (text, email) => {
    expect(parseEmail(text)).toEqual({ email, valid: false });
  });

  it.each(['', '-', '   '])('%j -> null', (text) => {
    expect(parseEmail(text)).toBeNull();
  });
});
