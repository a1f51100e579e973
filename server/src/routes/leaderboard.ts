import type { FastifyInstance } from 'fastify';
import { LeaderboardQuery, LeaderboardResponse } from '../../../shared/sync/leaderboard';
import { docs } from '../http/openapi';
import { parseInput } from '../http/validate';
import type { Services } from '../services';

export function registerLeaderboardRoutes(app: FastifyInstance, s: Services): void {
  app.get(
    '/v1/leaderboard',
    {
      schema: docs({
        tags: ['leaderboard'],
        summary: 'Top users by points (sum of scores) this UTC week or all time',
        description: 'Only users who opted in are listed. With an access token, "me" gives the caller\'s own standing.',
        auth: 'optional',
        querystring: LeaderboardQuery,
        responses: { 200: LeaderboardResponse },
        errors: [400, 401],
      }),
    },
    async (request) => {
      const viewerId = await s.auth.optional(request);
      return s.leaderboard.read(parseInput(LeaderboardQuery, request.query), viewerId);
    },
  );
}
