import { z } from 'zod';
import { ApiErrorBody } from '../../../shared/sync/errors';

type JsonSchema = Record<string, unknown>;

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as JsonSchema;
  delete json['$schema'];
  return json;
}

export interface RouteDoc {
  tags: string[];
  summary: string;
  description?: string;
  body?: z.ZodType;
  querystring?: z.ZodType;
  /** status → body schema; null for an empty body (204). */
  responses: Record<number, z.ZodType | null>;
  /** Errors this route can answer with, documented with the shared error body. */
  errors?: number[];
  auth?: 'required' | 'optional';
}

/**
 * The route's Fastify `schema`, for the OpenAPI document only: the zod schemas are converted to
 * JSON Schema here, while requests are validated by zod itself in the handler (parseInput), so
 * the documentation and the validation come from the same definitions.
 */
export function docs(doc: RouteDoc): Record<string, unknown> {
  const response: Record<string, unknown> = {};
  for (const [status, schema] of Object.entries(doc.responses)) {
    response[status] = schema === null ? { description: 'No content', type: 'null' } : toJsonSchema(schema, 'output');
  }
  for (const status of doc.errors ?? []) response[status] = toJsonSchema(ApiErrorBody, 'output');
  return {
    tags: doc.tags,
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    ...(doc.body ? { body: toJsonSchema(doc.body, 'input') } : {}),
    ...(doc.querystring ? { querystring: toJsonSchema(doc.querystring, 'input') } : {}),
    ...(doc.auth === 'required' ? { security: [{ bearerAuth: [] }] } : {}),
    ...(doc.auth === 'optional' ? { security: [{ bearerAuth: [] }, {}] } : {}),
    response,
  };
}
