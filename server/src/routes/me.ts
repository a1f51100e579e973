import type { FastifyInstance } from 'fastify';
import { AccountExport, UpdateMeRequest, User } from '../../../shared/sync/user';
import { docs } from '../http/openapi';
import { parseInput } from '../http/validate';
import type { Services } from '../services';

export function registerMeRoutes(app: FastifyInstance, s: Services): void {
  app.get(
    '/v1/me',
    {
      schema: docs({
        tags: ['account'],
        summary: 'The signed-in account',
        auth: 'required',
        responses: { 200: User },
        errors: [401],
      }),
    },
    async (request) => s.account.get(await s.auth.require(request)),
  );

  app.patch(
    '/v1/me',
    {
      schema: docs({
        tags: ['account'],
        summary: 'Change display name or leaderboard opt-in',
        auth: 'required',
        body: UpdateMeRequest,
        responses: { 200: User },
        errors: [400, 401],
      }),
    },
    async (request) => {
      const userId = await s.auth.require(request);
      return s.account.update(userId, parseInput(UpdateMeRequest, request.body));
    },
  );

  app.get(
    '/v1/me/export',
    {
      schema: docs({
        tags: ['account'],
        summary: 'Download everything the service holds about the account',
        auth: 'required',
        responses: { 200: AccountExport },
        errors: [401],
      }),
    },
    async (request, reply) => {
      const data = await s.account.export(await s.auth.require(request));
      return reply
        .header('content-disposition', 'attachment; filename="intervyou-account-export.json"')
        .header('cache-control', 'no-store')
        .send(data);
    },
  );

  app.delete(
    '/v1/me',
    {
      schema: docs({
        tags: ['account'],
        summary: 'Erase the account and all its scores',
        auth: 'required',
        responses: { 204: null },
        errors: [401],
      }),
    },
    async (request, reply) => {
      await s.account.erase(await s.auth.require(request));
      return reply.status(204).send();
    },
  );
}
