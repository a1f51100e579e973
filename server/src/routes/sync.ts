import type { FastifyInstance } from 'fastify';
import { MAX_SYNC_BATCH, SyncAttempt, SyncBatchRequest, SyncBatchResponse } from '../../../shared/sync/attempt';
import { z } from 'zod';
import { ApiError } from '../http/errors';
import { docs } from '../http/openapi';
import { parseInput } from '../http/validate';
import type { Services } from '../services';

// Documented with the item schema; validated item by item in the handler.
const DocumentedBatch = z.object({ attempts: z.array(SyncAttempt).min(1).max(MAX_SYNC_BATCH) });

export function registerSyncRoutes(app: FastifyInstance, s: Services): void {
  app.post(
    '/v1/sync/attempts',
    {
      schema: docs({
        tags: ['sync'],
        summary: 'Upload practice scores (idempotent per attempt id)',
        description:
          'Each item is judged on its own: accepted, a duplicate of one already stored, or rejected with a reason. ' +
          'Retrying a batch is safe. No answer text or recordings are accepted.',
        auth: 'required',
        body: DocumentedBatch,
        responses: { 200: SyncBatchResponse },
        errors: [400, 401, 413, 429],
      }),
    },
    async (request) => {
      const userId = await s.auth.require(request);
      await s.limits.syncByUser(userId, request);
      const { attempts } = parseInput(SyncBatchRequest, request.body);
      const result = await s.sync.push(userId, attempts);
      if (result === null) throw new ApiError(401, 'unauthorized', 'Sign in again: this account no longer exists.');
      return result;
    },
  );
}
