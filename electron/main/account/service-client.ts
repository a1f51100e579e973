import type { z } from 'zod';
import { ApiErrorBody } from '../../../shared/sync/errors';
import type { ServiceRequest } from './account-session';
import { MAX_REPLY_BYTES, readCappedText } from './reply-body';
import { retryAfterMs } from './retry-after';
import { ServiceError } from './service-error';
import type { ResolvedServer } from './server-url';

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface ServiceClientOptions {
  /** The account service to use, read for each request (Settings can change it at any time). */
  server: () => ResolvedServer;
  /** Global fetch unless a test wraps it (to count requests); the network is always real. */
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxReplyBytes?: number;
  now?: () => Date;
}

export interface ServiceClient {
  /**
   * One request, its reply checked with `reply` (a 204 gives undefined). Every failure is a
   * ServiceError whose message a person can act on.
   */
  send<T>(request: ServiceRequest & { token?: string }, reply: z.ZodType<T>): Promise<T>;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function requestUrl(base: string, request: ServiceRequest): string {
  const url = new URL(base.replace(/\/+$/, '') + request.path);
  for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, value);
  return url.toString();
}

function notOurs(host: string, what: string): ServiceError {
  return new ServiceError(
    'bad-reply',
    `The server at ${host} ${what}; it does not look like an IntervYou account service. Check the server address in Settings.`,
  );
}

function parseJson(text: string, host: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ServiceError('bad-reply', `The server at ${host} sent a reply that is not valid JSON. Try again later.`, {
      cause: error,
    });
  }
}

function isJson(response: Response): boolean {
  return /^application\/([\w.+-]*\+)?json\b/i.test(response.headers.get('content-type') ?? '');
}

export function createServiceClient(options: ServiceClientOptions): ServiceClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxReplyBytes ?? MAX_REPLY_BYTES;
  const now = options.now ?? (() => new Date());

  async function failure(response: Response, host: string): Promise<ServiceError> {
    const status = response.status;
    // The error body is read under the same cap; a proxy's HTML error page is not the service's.
    const text = await readCappedText(response, maxBytes).catch(() => '');
    const parsed = isJson(response) ? ApiErrorBody.safeParse(safeJson(text)) : null;
    const body = parsed?.success ? parsed.data.error : null;
    if (status >= 500 || status === 429) {
      const wait = retryAfterMs(response.headers.get('retry-after'), now());
      const fallback =
        status === 429
          ? 'The account service is busy. Try again in a moment.'
          : `The account service had a problem (HTTP ${status}). Your answers are kept and will be sent later.`;
      return new ServiceError('server', status === 429 && body ? body.message : fallback, {
        status,
        ...(body ? { code: body.code } : {}),
        retryAfterMs: wait,
      });
    }
    if (!body) return notOurs(host, `answered HTTP ${status} with something else than an error from the service`);
    const fields = body.fields?.length ? ` (${body.fields.map((f) => `${f.path}: ${f.message}`).join('; ')})` : '';
    return new ServiceError('rejected', `${body.message}${fields}`, { status, code: body.code });
  }

  return {
    async send<T>(request: ServiceRequest & { token?: string }, reply: z.ZodType<T>): Promise<T> {
      const server = options.server();
      if (server.url === null) {
        throw new ServiceError(
          'no-server',
          server.problem ?? 'No account service is set. Enter its address in Settings → Account and sync.',
        );
      }
      const host = hostOf(server.url);
      const timeoutMs = request.timeoutMs ?? defaultTimeout;
      const headers: Record<string, string> = { accept: 'application/json' };
      if (request.token) headers['authorization'] = `Bearer ${request.token}`;
      if (request.body !== undefined) headers['content-type'] = 'application/json';

      let response: Response;
      let text: string | null = null;
      try {
        response = await doFetch(requestUrl(server.url, request), {
          method: request.method,
          headers,
          ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
          // A redirect is not something the API does; following one could carry the token elsewhere.
          redirect: 'manual',
          signal: request.signal
            ? AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)])
            : AbortSignal.timeout(timeoutMs),
        });
        if (response.ok && response.status !== 204) text = await readCappedText(response, maxBytes);
      } catch (error) {
        if (error instanceof ServiceError) throw error;
        const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
        throw new ServiceError(
          'offline',
          timedOut
            ? `The account service at ${host} did not answer within ${Math.round(timeoutMs / 1000)} seconds. Check your connection and try again.`
            : `The account service at ${host} could not be reached. Check your connection and try again.`,
          { cause: error },
        );
      }

      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel().catch(() => {});
        throw notOurs(host, `redirected the request (HTTP ${response.status})`);
      }
      if (!response.ok) throw await failure(response, host);
      if (response.status === 204) return undefined as T;
      if (!isJson(response)) throw notOurs(host, 'answered with a web page or other non-JSON content');
      const checked = reply.safeParse(parseJson(text ?? '', host));
      if (!checked.success) {
        throw new ServiceError(
          'bad-reply',
          `The account service at ${host} sent a reply IntervYou does not understand. It may be a different version; try again later.`,
          { status: response.status, cause: checked.error },
        );
      }
      return checked.data;
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
