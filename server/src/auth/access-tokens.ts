import { SignJWT, errors, jwtVerify } from 'jose';
import type { Clock } from '../clock';

const ISSUER = 'intervyou-account-service';
/** Recently verified tokens kept (token → subject, expiry); a desktop reuses one for 15 minutes. */
const VERIFIED_CACHE_SIZE = 10_000;
const AUDIENCE = 'intervyou-api';

export interface AccessTokens {
  readonly ttlSec: number;
  sign(userId: string): Promise<string>;
  /** The user id, or null for a token that is forged, expired, or not an access token. */
  verify(token: string): Promise<string | null>;
}

/** Short-lived HS256 JWTs: any instance holding the shared secret can check one without a database read. */
export function createAccessTokens(secret: Uint8Array, ttlSec: number, clock: Clock): AccessTokens {
  // Imported once: handing jose raw bytes would re-import the key on every request (a third of
  // the CPU a leaderboard read costs).
  const keyPromise = crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
  const verified = new Map<string, { sub: string; exp: number }>();
  return {
    ttlSec,
    sign: async (userId) => {
      const now = Math.floor(clock().getTime() / 1000);
      return new SignJWT({ typ: 'access' })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(userId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(now)
        .setExpirationTime(now + ttlSec)
        .sign(await keyPromise);
    },
    verify: async (token) => {
      // A token string verifies the same way every time until it expires, so the HMAC is
      // checked once and later requests with the same token only compare the expiry.
      const known = verified.get(token);
      if (known) {
        if (known.exp * 1000 > clock().getTime()) return known.sub;
        verified.delete(token);
        return null;
      }
      try {
        const { payload } = await jwtVerify(token, await keyPromise, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
          currentDate: clock(),
          requiredClaims: ['sub', 'exp', 'iat'],
        });
        if (payload['typ'] !== 'access' || typeof payload.sub !== 'string' || typeof payload.exp !== 'number')
          return null;
        if (verified.size >= VERIFIED_CACHE_SIZE) {
          const oldest = verified.keys().next();
          if (!oldest.done) verified.delete(oldest.value);
        }
        verified.set(token, { sub: payload.sub, exp: payload.exp });
        return payload.sub;
      } catch (error) {
        if (error instanceof errors.JOSEError) return null;
        throw error;
      }
    },
  };
}
