import type { FastifyError, FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { ApiErrorBody } from '../../../shared/sync/errors';

export interface FieldProblem {
  path: string;
  message: string;
}

/** An expected failure with a status, a code a program can branch on, and a message a person can act on. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldProblem[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.slice(0, 20).flatMap((issue) => {
    const path = issue.path.map(String);
    // An unexpected key is reported at that key, so a client sees which field to drop.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'Unexpected field' }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
}

export function validationError(error: z.ZodError): ApiError {
  return new ApiError(400, 'validation_failed', 'Some fields are missing or invalid.', fieldProblems(error));
}

function body(code: string, message: string, fields?: FieldProblem[]): ApiErrorBody {
  return { error: { code, message, ...(fields ? { fields } : {}) } };
}

/** Fastify's own errors that are the client's fault, with the code we report for each. */
const FASTIFY_CLIENT_ERRORS: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'Send JSON (Content-Type: application/json).',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_json', message: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'The body is not valid JSON.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_request', message: 'Content-Length does not match the body.' },
};

/**
 * Every error leaves as {error: {code, message, fields?}}. Unexpected ones are logged here
 * with their stack and answered with a generic 500: no stack, SQL or library text reaches the client.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError | Error, request, reply) => {
    if (error instanceof ApiError) {
      return reply.status(error.status).send(body(error.code, error.message, error.fields));
    }
    const fastifyError = error as FastifyError;
    const known = fastifyError.code ? FASTIFY_CLIENT_ERRORS[fastifyError.code] : undefined;
    if (known) return reply.status(fastifyError.statusCode ?? 400).send(body(known.code, known.message));
    if (fastifyError.statusCode === 429) {
      return reply.status(429).send(body('rate_limited', 'Too many requests. Wait a moment and try again.'));
    }
    if (fastifyError.statusCode !== undefined && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      // Other client errors raised by Fastify or a plugin (malformed URL, bad header…): keep the status, not the text.
      return reply.status(fastifyError.statusCode).send(body('bad_request', 'The request could not be understood.'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal', 'Something went wrong on our side. Try again later.'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(body('not_found', `No route for ${request.method} ${request.url.split('?')[0]}.`));
  });
}
