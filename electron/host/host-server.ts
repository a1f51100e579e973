import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fail, type Result } from '../../shared/ipc/result';
import { contract } from '../../shared/ipc/contract';
import { createDispatcher, type Dispatcher } from '../main/ipc/dispatcher';
import type { HandlerMap } from '../main/ipc/handler-types';
import type { EventBus } from '../main/events';
import { contentSecurityPolicy } from '../main/security/csp';
import { contentTypeFor, resolveStaticFile } from '../main/static-files';

export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Extra routes (media streaming, …) mounted by domains; return false to fall through. */
export type HostRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;

export interface HostOptions {
  handlers: HandlerMap;
  events: EventBus;
  /** Built renderer to serve at /; omit when a Vite dev server serves it. */
  rendererDir?: string;
  host?: string;
  port?: number;
  token?: string;
  /** Origins besides the host's own that may call the API (the Vite dev server). */
  extraOrigins?: readonly string[];
  routes?: readonly HostRoute[];
}

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

function sameToken(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: Result<unknown>, closeConnection = false): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
    // The unread rest of an oversized body would otherwise poison the kept-alive socket.
    ...(closeConnection ? { connection: 'close' } : {}),
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The main-process handler map over loopback HTTP, for the real renderer running in a browser
 * (end-to-end tests and `npm run dev:web`). Bound to 127.0.0.1, random port, random bearer token.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const host = options.host ?? '127.0.0.1';
  const csp = contentSecurityPolicy();
  // Both are known only once the server listens on its random port.
  const state: { origin: string; dispatcher?: Dispatcher } = { origin: '' };

  // The token travels in the Authorization header; only the event stream, which EventSource
  // opens without headers, may carry it in the query string.
  const authorised = (req: IncomingMessage, url: URL): boolean => {
    const header = req.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7) : null;
    const fromQuery = url.pathname === '/api/events' ? url.searchParams.get('token') : null;
    return sameToken(bearer ?? fromQuery, token);
  };

  // A page on another site whose name was re-pointed at 127.0.0.1 (DNS rebinding) sends its own
  // name as Host: only this host's own names, and the dev server it works behind, are served.
  const allowedHosts = new Set<string>();
  const hostAllowed = (req: IncomingMessage): boolean =>
    typeof req.headers.host === 'string' && allowedHosts.has(req.headers.host.toLowerCase());

  const handleInvoke = async (req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> => {
    const body = await readBody(req);
    if (body === 'too-large') return sendJson(res, 413, fail('BAD_INPUT', 'Request body is too large'), true);
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return sendJson(res, 400, fail('BAD_INPUT', 'Request body is not valid JSON'));
    }
    const requestOrigin = typeof req.headers.origin === 'string' ? req.headers.origin : null;
    if (!state.dispatcher) return sendJson(res, 503, fail('UNAVAILABLE', 'Host is starting'));
    const result = await state.dispatcher.dispatch(channel, input, { origin: requestOrigin });
    sendJson(res, 200, result);
  };

  const handleEvents = (req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const unsubscribe = options.events.subscribe((name, payload) => {
      res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': ping\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  };

  const serveStatic = async (res: ServerResponse, pathname: string): Promise<void> => {
    const file = options.rendererDir ? resolveStaticFile(options.rendererDir, pathname) : null;
    if (!file) {
      res.writeHead(404).end('Not found');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': contentTypeFor(file),
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', state.origin || 'http://127.0.0.1');
    const route = async (): Promise<void> => {
      if (!hostAllowed(req)) return sendJson(res, 421, fail('FORBIDDEN', 'This host name is not served here'));
      if (url.pathname.startsWith('/api/')) {
        if (!authorised(req, url)) return sendJson(res, 401, fail('FORBIDDEN', 'Missing or wrong host token'));
        const invoke = /^\/api\/invoke\/([a-z-]+:[a-z-]+)$/i.exec(url.pathname);
        if (invoke?.[1] && req.method === 'POST') return handleInvoke(req, res, invoke[1]);
        if (url.pathname === '/api/invoke/' || url.pathname.startsWith('/api/invoke/')) {
          return sendJson(res, 200, fail('UNKNOWN_CHANNEL', 'Unknown channel'));
        }
        if (url.pathname === '/api/events' && req.method === 'GET') return handleEvents(req, res);
        return sendJson(res, 404, fail('NOT_FOUND', 'No such endpoint'));
      }
      for (const extra of options.routes ?? []) {
        if (await extra(req, res, url)) return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      return serveStatic(res, url.pathname);
    };
    route().catch((error: unknown) => {
      console.error('[host] request failed', error);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'Host error'));
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  state.origin = origin;
  for (const name of [host, 'localhost']) allowedHosts.add(`${name}:${port}`);
  for (const extra of options.extraOrigins ?? []) {
    const extraHost = URL.canParse(extra) ? new URL(extra).host : null;
    if (extraHost) allowedHosts.add(extraHost.toLowerCase());
  }
  state.dispatcher = createDispatcher({
    contract,
    handlers: options.handlers,
    trustedOrigins: [origin, ...(options.extraOrigins ?? [])],
    onUnexpectedError: (channel, error) => console.error(`[host] ${channel} failed`, error),
  });
  return {
    url: `${origin}/`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
