import type { FastifyRequest } from 'fastify';
import type { AccessTokens } from '../auth/access-tokens';
import type { TokenVersions } from '../auth/token-versions';
import { ApiError } from './errors';

export interface Authenticator {
  /** The caller's user id; 401 without a valid access token. */
  require(request: FastifyRequest): Promise<string>;
  /** The caller's user id, or null when no Authorization header is sent; 401 for a bad one. */
  optional(request: FastifyRequest): Promise<string | null>;
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header === undefined) return null;
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
  return match?.[1] ?? '';
}

export function createAuthenticator(tokens: AccessTokens, versions: TokenVersions): Authenticator {
  const unauthorized = () =>
    new ApiError(401, 'unauthorized', 'Sign in again: the access token is missing, invalid or expired.');
  const check = async (token: string) => {
    const access = token ? await tokens.verify(token) : null;
    if (access === null) throw unauthorized();
    // The signature is checked once per token (cached); whether the user has since signed out or
    // reset the password is checked on every request, against a version cached for seconds.
    const current = await versions.current(access.userId);
    if (current === null || access.version < current) throw unauthorized();
    return access.userId;
  };
  return {
    require: async (request) => check(bearerToken(request) ?? ''),
    optional: async (request) => {
      const token = bearerToken(request);
      return token === null ? null : check(token);
    },
  };
}
