import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { docs } from '../http/openapi';
import type { Services } from '../services';

const Health = z.object({ status: z.literal('ok') });
const Ready = z.object({
  status: z.enum(['ready', 'not_ready']),
  database: z.enum(['ok', 'unreachable']),
  redis: z.enum(['ok', 'unreachable', 'not_configured']),
});

const PING_TIMEOUT_MS = 2000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref()),
  ]);
}

export function registerHealthRoutes(app: FastifyInstance, s: Services): void {
  // Probes are exempt from rate limits: a load balancer polls them from one address.
  app.get(
    '/health',
    {
      config: { rateLimit: false },
      schema: docs({
        tags: ['health'],
        summary: 'Liveness: the process is serving requests',
        responses: { 200: Health },
      }),
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { rateLimit: false },
      schema: docs({
        tags: ['health'],
        summary: 'Readiness: the database (and Redis, when configured) answer',
        responses: { 200: Ready, 503: Ready },
      }),
    },
    async (_request, reply) => {
      const database = await within(s.database.ping(), PING_TIMEOUT_MS).then(
        () => 'ok' as const,
        () => 'unreachable' as const,
      );
      const redis = s.redis
        ? await within(s.redis.ping(), PING_TIMEOUT_MS).then(
            () => 'ok' as const,
            () => 'unreachable' as const,
          )
        : ('not_configured' as const);
      const ready = database === 'ok' && redis !== 'unreachable';
      return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', database, redis });
    },
  );
}
