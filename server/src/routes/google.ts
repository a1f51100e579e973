import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AuthSession, GoogleStartQuery, TokenExchangeRequest } from '../../../shared/sync/auth';
import { userView } from '../auth/user-view';
import { findUserById } from '../db/queries/users';
import { ApiError } from '../http/errors';
import { docs } from '../http/openapi';
import { parseInput } from '../http/validate';
import type { Services } from '../services';
import { AUTH_BODY_LIMIT } from './auth';

/** The provider adds parameters of its own (iss, scope, authuser…); only these matter. */
const CallbackQuery = z.object({
  code: z.string().max(4096).optional(),
  state: z.string().max(1024).optional(),
  error: z.string().max(256).optional(),
});

export function registerGoogleRoutes(app: FastifyInstance, s: Services): void {
  const google = () => {
    if (!s.google) {
      throw new ApiError(503, 'google_sign_in_disabled', 'Sign-in with Google is not configured on this server.');
    }
    return s.google;
  };

  app.get(
    '/v1/auth/google/start',
    {
      schema: docs({
        tags: ['auth'],
        summary: 'Begin Google sign-in from the desktop (system browser, loopback redirect, PKCE — RFC 8252)',
        description:
          'Redirects to Google. After sign-in the browser lands on redirect_uri with ?code&state (or ?error&state); ' +
          'the desktop then calls POST /v1/auth/token with its code_verifier.',
        querystring: GoogleStartQuery,
        responses: { 302: null },
        errors: [400, 429, 503],
      }),
    },
    async (request, reply) => {
      await s.limits.authByIp(request);
      const query = parseInput(GoogleStartQuery, request.query);
      return reply.redirect(await google().start(query), 302);
    },
  );

  app.get(
    '/v1/auth/google/callback',
    {
      schema: docs({
        tags: ['auth'],
        summary: 'Google redirects here; answers with a redirect to the desktop loopback listener',
        querystring: CallbackQuery,
        responses: { 302: null },
        errors: [400, 503],
      }),
    },
    async (request, reply) => {
      const query = parseInput(CallbackQuery, request.query);
      return reply.header('cache-control', 'no-store').redirect(await google().callback(query), 302);
    },
  );

  app.post(
    '/v1/auth/token',
    {
      bodyLimit: AUTH_BODY_LIMIT,
      schema: docs({
        tags: ['auth'],
        summary: 'Redeem the one-time code from the loopback redirect (with the PKCE verifier) for tokens',
        body: TokenExchangeRequest,
        responses: { 200: AuthSession },
        errors: [400, 429, 503],
      }),
    },
    async (request) => {
      await s.limits.authByIp(request);
      const input = parseInput(TokenExchangeRequest, request.body);
      const userId = await google().redeem(input);
      const user = await findUserById(s.database.db, userId);
      if (!user) throw new ApiError(400, 'invalid_grant', 'The sign-in code is invalid, expired or already used.');
      const pair = await s.sessions.issue(s.database.db, user.id);
      return { ...pair, user: await userView(s.database.db, user) };
    },
  );
}
