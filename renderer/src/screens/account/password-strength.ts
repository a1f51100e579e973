import { PASSWORD_MAX, PASSWORD_MIN } from '../../../../shared/sync/auth';

export type Strength = 'empty' | 'too-short' | 'too-long' | 'weak' | 'fair' | 'strong';

export interface StrengthHint {
  strength: Strength;
  /** One sentence for the user; what would make it stronger when it is not strong. */
  message: string;
}

const COMMON = ['password', 'qwerty', '123456', 'letmein', 'welcome', 'iloveyou', 'admin', 'intervyou'];

function kinds(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

/**
 * A hint, not a rule: the service accepts any password of 8 to 128 characters. Length counts most
 * (a long passphrase of plain words is strong); a common word or one repeated character is weak.
 */
export function passwordStrength(password: string): StrengthHint {
  if (password.length === 0) return { strength: 'empty', message: `At least ${PASSWORD_MIN} characters.` };
  if (password.length < PASSWORD_MIN) {
    const left = PASSWORD_MIN - password.length;
    return { strength: 'too-short', message: `${left} more ${left === 1 ? 'character' : 'characters'} needed.` };
  }
  if (password.length > PASSWORD_MAX) return { strength: 'too-long', message: `At most ${PASSWORD_MAX} characters.` };
  const lower = password.toLowerCase();
  if (COMMON.some((word) => lower.includes(word)) || /^(.)\1+$/.test(password)) {
    return { strength: 'weak', message: 'Weak: it contains a common word or pattern that is guessed first.' };
  }
  const variety = kinds(password);
  if (password.length >= 16 || (password.length >= 12 && variety >= 3)) {
    return { strength: 'strong', message: 'Strong.' };
  }
  if (password.length >= 12 || variety >= 3) {
    return { strength: 'fair', message: 'Fair: a few more words or characters make it strong.' };
  }
  return { strength: 'weak', message: 'Weak: use a longer phrase, or mix in capitals, digits and symbols.' };
}
