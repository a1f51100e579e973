import { SignJWT, errors, jwtVerify } from 'jose';
import type { Clock } from '../clock';

const ISSUER = 'intervyou-account-service';
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
  const keyPromise = crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
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
      try {
        const { payload } = await jwtVerify(token, await keyPromise, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
          currentDate: clock(),
          requiredClaims: ['sub', 'exp', 'iat'],
        });
        return payload['typ'] === 'access' && typeof payload.sub === 'string' ? payload.sub : null;
      } catch (error) {
        if (error instanceof errors.JOSEError) return null;
        throw error;
      }
    },
  };
}
