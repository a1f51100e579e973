import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the proxy does with a request it matches. */
export type Fault =
  /** Forward and relay the answer. */
  | { kind: 'pass' }
  /** Forward, let the service finish, then cut the connection: the service committed, the client never hears. */
  | { kind: 'drop-after-forward' }
  /** Answer without forwarding. */
  | { kind: 'reply'; status: number; body: string; headers?: Record<string, string> }
  /** Forward, then hold the answer this long before relaying it. */
  | { kind: 'delay'; ms: number };

export interface FaultProxy {
  url: string;
  /** Requests that reached the proxy, by "METHOD path" (without the query). */
  seen: string[];
  /** When each of `seen` arrived (Date.now()). */
  seenAt: number[];
  /** The next `times` matching requests meet `fault`; later ones pass. */
  inject(fault: Fault, times?: number): void;
  /** Stops listening (connections are refused) until up(). */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A loopback HTTP proxy in front of the real account service that injects network faults on the
 * requests `matches` picks (by default every request), so the client and the service stay real.
 */
export async function startFaultProxy(
  upstream: string,
  matches: (method: string, path: string) => boolean = () => true,
): Promise<FaultProxy> {
  const target = new URL(upstream);
  const queue: Fault[] = [];
  const seen: string[] = [];
  const seenAt: number[] = [];
  const sockets = new Set<Socket>();

  function forward(
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const out = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: target.host },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    seen.push(`${req.method} ${path}`);
    seenAt.push(Date.now());
    const fault: Fault = matches(req.method ?? 'GET', path) ? (queue.shift() ?? { kind: 'pass' }) : { kind: 'pass' };
    if (fault.kind === 'reply') {
      res.writeHead(fault.status, { 'content-type': 'text/plain', ...fault.headers }).end(fault.body);
      return;
    }
    const answer = await forward(req, Buffer.concat(chunks));
    if (fault.kind === 'drop-after-forward') {
      req.socket.destroy();
      return;
    }
    if (fault.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
    if (res.destroyed) return;
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    res.writeHead(answer.status, headers).end(answer.body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  await listen(0);
  const { port } = server.address() as AddressInfo;
  const down = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });

  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    seenAt,
    inject(fault, times = 1) {
      for (let i = 0; i < times; i++) queue.push(fault);
    },
    down,
    up: () => listen(port),
    close: () => (server.listening ? down() : Promise.resolve()),
  };
}
