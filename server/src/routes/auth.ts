import type { FastifyInstance } from 'fastify';
import {
  AcceptedResponse,
  AuthSession,
  LoginRequest,
  LogoutRequest,
  PasswordResetConfirm,
  PasswordResetRequest,
  RefreshRequest,
  RegisterConfirmRequest,
  RegisterRequest,
  TokenPair,
} from '../../../shared/sync/auth';
import { userView } from '../auth/user-view';
import { ApiError } from '../http/errors';
import { docs } from '../http/openapi';
import { parseInput } from '../http/validate';
import type { Services } from '../services';

/** Sign-in bodies are small; a larger one is refused (413) before it is parsed. */
export const AUTH_BODY_LIMIT = 16 * 1024;

const REGISTER_ACCEPTED = {
  message: 'Check your email to finish creating your account. The code in it expires in 10 minutes.',
};

const RESET_ACCEPTED = {
  message: 'If an account exists for that email, a reset code is on its way. It expires in 10 minutes.',
};

export function registerAuthRoutes(app: FastifyInstance, s: Services): void {
  const { database } = s;

  app.post(
    '/v1/auth/register',
    {
      bodyLimit: AUTH_BODY_LIMIT,
      schema: docs({
        tags: ['auth'],
        summary: 'Start creating an account with email and password',
        description:
          'Answers 202 with the same body whether or not the email already has an account, and emails ' +
          'either a confirmation code (finish with /v1/auth/register/confirm) or, to an existing ' +
          "account's owner, a note that someone tried. The email is sent after the response.",
        body: RegisterRequest,
        responses: { 202: AcceptedResponse },
        errors: [400, 413, 429],
      }),
    },
    async (request, reply) => {
      await s.limits.authByIp(request);
      const input = parseInput(RegisterRequest, request.body);
      // Per address, as for reset codes: nobody can flood a mailbox through registration.
      await s.limits.codeMailByEmail(input.email, request);
      // Lookup, hashing and mail happen after the reply, so neither its body nor its timing says
      // whether the address already has an account.
      s.background.run('register', () => s.accounts.register(input));
      return reply.status(202).send(REGISTER_ACCEPTED);
    },
  );

  app.post(
    '/v1/auth/register/confirm',
    {
      bodyLimit: AUTH_BODY_LIMIT,
      schema: docs({
        tags: ['auth'],
        summary: 'Finish creating an account with the emailed code, and sign in',
        description: 'A code works once, for 10 minutes, and dies after 5 wrong tries.',
        body: RegisterConfirmRequest,
        responses: { 201: AuthSession },
        errors: [400, 413, 429],
      }),
    },
    async (request, reply) => {
      await s.limits.authByIp(request);
      const input = parseInput(RegisterConfirmRequest, request.body);
      await s.limits.codeConfirmByEmail(input.email, request);
      const user = await s.accounts.confirmRegistration(input);
      if (!user)
        throw new ApiError(400, 'invalid_code', 'The code is wrong or has expired. Register again for a new one.');
      const pair = await s.sessions.issue(database.db, user.id);
      return reply.status(201).send({ ...pair, user: await userView(database.db, user) });
    },
  );

  app.post(
    '/v1/auth/login',
    {
      bodyLimit: AUTH_BODY_LIMIT,
      schema: docs({
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: LoginRequest,
        responses: { 200: AuthSession },
        errors: [400, 401, 413, 429],
      }),
    },
    async (request, reply) => {
      await s.limits.authByIp(request);
      const input = parseInput(LoginRequest, request.body);
      const waitMs = await s.signInThrottle.waitMs(input.email, request.ip);
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1000);
        void reply.header('retry-after', String(seconds));
        throw new ApiError(
          429,
          'rate_limited',
          `Too many wrong passwords from here. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
        );
      }
      let user;
      try {
        user = await s.accounts.login(input);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'invalid_credentials') {
          await s.signInThrottle.failed(input.email, request.ip);
        }
        throw error;
      }
      await s.signInThrottle.succeeded(input.email, request.ip);
      const pair = await s.sessions.issue(database.db, user.id);
      return { ...pair, user: await userView(database.db, user) };
    },
  );

  app.post(
    '/v1/auth/refresh',
    {
      bodyLimit: AUTH_BODY_LIMIT,
      schema: docs({
        tags: ['auth'],
        summary: 'Exchange a refresh token for a new pair (the old one is spent)',
        description:
          'Presenting a refresh token that was already exchanged ends every session rotated from the same sign-in.',
        body: RefreshRequest,
        responses: { 200: TokenPair },
        errors: [400, 401],
      }),
    },
    async (request) => {
      const { refreshToken } = parseInput(RefreshRequest, request.body);
      const { pair } = await s.sessions.refresh(refreshToken);
      return pair;
    },
  );

  app.post(
    '/v1/auth/logout',
    {
      bodyLimit: AUTH_BODY_LIMIT,
      schema: docs({
        tags: ['auth'],
        summary: 'End the session a refresh token belongs to',
        body: LogoutRequest,
        responses: { 204: null },
        errors: [400],
      }),
    },
    async (request, reply) => {
      const { refreshToken } = parseInput(LogoutRequest, request.body);
      await s.sessions.logout(refreshToken);
      return reply.status(204).send();
    },
  );

  app.post(
    '/v1/auth/password-reset/request',
    {
      bodyLimit: AUTH_BODY_LIMIT,
      schema: docs({
        tags: ['auth'],
        summary: 'Email a one-time reset code',
        description:
          'Answers 202 with the same body whether or not the account exists; the email is sent after the response.',
        body: PasswordResetRequest,
        responses: { 202: AcceptedResponse },
        errors: [400, 429],
      }),
    },
    async (request, reply) => {
      await s.limits.authByIp(request);
      const { email } = parseInput(PasswordResetRequest, request.body);
      await s.limits.codeMailByEmail(email, request);
      // Looking the account up and sending mail happen after the reply, so neither the body nor the
      // timing says whether the account exists.
      s.background.run('password-reset-request', () => s.passwordReset.request(email));
      return reply.status(202).send(RESET_ACCEPTED);
    },
  );

  app.post(
    '/v1/auth/password-reset/confirm',
    {
      bodyLimit: AUTH_BODY_LIMIT,
      schema: docs({
        tags: ['auth'],
        summary: 'Set a new password with the emailed code',
        description:
          'Every session of the account is ended. A code works once, for 10 minutes, and dies after 5 wrong tries.',
        body: PasswordResetConfirm,
        responses: { 204: null },
        errors: [400, 413, 429],
      }),
    },
    async (request, reply) => {
      await s.limits.authByIp(request);
      const input = parseInput(PasswordResetConfirm, request.body);
      await s.limits.codeConfirmByEmail(input.email, request);
      if (!(await s.passwordReset.confirm(input))) {
        throw new ApiError(400, 'invalid_code', 'The code is wrong or has expired. Ask for a new one.');
      }
      return reply.status(204).send();
    },
  );
}
