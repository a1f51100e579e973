import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Opaque, high-entropy token (refresh tokens, one-time codes, OAuth state): 256 random bits. */
export function randomToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Fine for high-entropy secrets; low-entropy ones (OTP codes) use keyedHash. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function sha256Base64Url(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/** HMAC under a server key: a copy of the database alone cannot brute-force an 8-digit code. */
export function keyedHash(key: Uint8Array, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}

export function equalHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Uniform over 0…10^digits−1, zero-padded: "00412345" is as likely as any other code. */
export function randomDigits(digits: number): string {
  return randomInt(0, 10 ** digits)
    .toString()
    .padStart(digits, '0');
}

export interface DerivedKeys {
  accessToken: Uint8Array;
  otp: Uint8Array;
  refreshSuccessor: Uint8Array;
}

/** One configured secret, separate keys per use, so a key recovered in one role opens nothing else. */
export function deriveKeys(tokenSecret: string): DerivedKeys {
  const derive = (label: string) => new Uint8Array(createHmac('sha256', tokenSecret).update(label).digest());
  return {
    accessToken: derive('intervyou/access-token/v1'),
    otp: derive('intervyou/otp/v1'),
    refreshSuccessor: derive('intervyou/refresh-successor/v1'),
  };
}
