import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const CALLBACK_PATH = '/callback';

export interface LoopbackReturn {
  /** The full URL the browser came back to. */
  url: URL;
  /** Answers the browser's tab (once). */
  answer(status: number, html: string): void;
}

export interface LoopbackCallback {
  redirectUri: string;
  /** The browser's first return to the callback path. */
  received: Promise<LoopbackReturn>;
  close(): Promise<void>;
}

/**
 * RFC 8252 §7.3: a one-shot HTTP listener on the IPv4 loopback literal at a port the OS picks,
 * waiting for the system browser to come back from the sign-in with ?code&state (or ?error).
 */
export async function listenForCallback(): Promise<LoopbackCallback> {
  let deliver: (value: LoopbackReturn) => void = () => {};
  const received = new Promise<LoopbackReturn>((resolve) => {
    deliver = resolve;
  });
  let taken = false;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    if (req.method !== 'GET' || url.pathname !== CALLBACK_PATH || taken) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }).end('Not found');
      return;
    }
    taken = true;
    deliver({ url, answer: (status, html) => reply(res, status, html) });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://127.0.0.1:${port}${CALLBACK_PATH}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Answered tabs close their connection (connection: close); a browser still holding one
        // open gets a moment to read its page before it is cut.
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 1000).unref();
      }),
  };
}

function reply(res: ServerResponse, status: number, html: string): void {
  if (res.writableEnded) return;
  res
    .writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'referrer-policy': 'no-referrer',
      connection: 'close',
    })
    .end(html);
}
