import { SignJWT, errors, jwtVerify } from 'jose';
import type { Clock } from '../clock';

const ISSUER = 'intervyou-account-service';
/** Recently verified tokens kept (token → claims, expiry); a desktop reuses one for 15 minutes. */
const VERIFIED_CACHE_SIZE = 10_000;
const AUDIENCE = 'intervyou-api';

export interface VerifiedAccess {
  userId: string;
  /** The user's token version when it was signed; a lower one than today's is no longer valid. */
  version: number;
}

export interface AccessTokens {
  readonly ttlSec: number;
  sign(userId: string, version: number): Promise<string>;
  /** The claims, or null for a token that is forged, expired, or not an access token. */
  verify(token: string): Promise<VerifiedAccess | null>;
}

/** Short-lived HS256 JWTs: any instance holding the shared secret can check one without a database read. */
export function createAccessTokens(secret: Uint8Array, ttlSec: number, clock: Clock): AccessTokens {
  // Imported once: handing jose raw bytes would re-import the key on every request (a third of
  // the CPU a leaderboard read costs).
  // A copy on a plain ArrayBuffer: the DOM typing of importKey (seen when the desktop's tests start
  // the service in-process) refuses a view that may sit on a SharedArrayBuffer.
  const keyPromise = crypto.subtle.importKey('raw', Uint8Array.from(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
  const verified = new Map<string, { access: VerifiedAccess; exp: number }>();
  return {
    ttlSec,
    sign: async (userId, version) => {
      const now = Math.floor(clock().getTime() / 1000);
      return new SignJWT({ typ: 'access', ver: version })
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
        if (known.exp * 1000 > clock().getTime()) return known.access;
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
        // Tokens signed before versions existed count as version 0.
        const ver = payload['ver'] ?? 0;
        if (typeof ver !== 'number' || !Number.isInteger(ver)) return null;
        const access = { userId: payload.sub, version: ver };
        if (verified.size >= VERIFIED_CACHE_SIZE) {
          const oldest = verified.keys().next();
          if (!oldest.done) verified.delete(oldest.value);
        }
        verified.set(token, { access, exp: payload.exp });
        return access;
      } catch (error) {
        if (error instanceof errors.JOSEError) return null;
        throw error;
      }
    },
  };
}
