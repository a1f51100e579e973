import { describe, expect, it } from 'vitest';
import { passwordStrength } from '../../../renderer/src/screens/account/password-strength';

describe('the password strength hint', () => {
  it('counts the characters still needed below the minimum', () => {
    expect(passwordStrength('')).toMatchObject({ strength: 'empty' });
    expect(passwordStrength('abcdefg')).toEqual({ strength: 'too-short', message: '1 more character needed.' });
    expect(passwordStrength('abc').message).toBe('5 more characters needed.');
  });

  it('calls a common word or one repeated character weak whatever its length', () => {
    expect(passwordStrength('MyPassword2026!').strength).toBe('weak');
    expect(passwordStrength('aaaaaaaaaaaaaaaaaa').strength).toBe('weak');
  });

  it('ranks length first: a long plain passphrase is strong, a short mixed one only fair', () => {
    expect(passwordStrength('correct horse battery staple').strength).toBe('strong');
    expect(passwordStrength('Tr4il!xz').strength).toBe('fair');
    expect(passwordStrength('bluegreen').strength).toBe('weak');
    expect(passwordStrength('Blue-Green-42').strength).toBe('strong');
  });

  it('says when a password is over the service limit', () => {
    expect(passwordStrength('x'.repeat(129)).strength).toBe('too-long');
  });
});
