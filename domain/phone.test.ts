import { describe, expect, it } from 'vitest';
import { maskPhone, normalizePhone } from './phone.ts';

describe('normalizePhone', () => {
  it.each([
    ['(11) 98765-4321', '+5511987654321'],
    ['11987654321', '+5511987654321'],
    ['+55 11 98765-4321', '+5511987654321'],
    ['5511987654321', '+5511987654321'],
    ['011 98765 4321', '+5511987654321'],
    ['0 21 11 98765-4321', '+5511987654321'],
    ['+55 11 8765-4321', '+5511987654321'],
    ['(21) 8765-4321', '+5521987654321'],
    ['(11) 3456-7890', '+551134567890'],
    ['+351 912 345 678', '+351912345678'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(['98765-4321', '(11) 98765-432', '11 9876 543', '(00) 98765-4321', '+55 11 18765-4321', 'abc', '', '123'])('rejects %s', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});

describe('maskPhone', () => {
  it('keeps country code, area code and the last four digits', () => {
    expect(maskPhone('+5511987654321')).toBe('5511****4321');
  });
});
