import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the desktop app runs during Google sign-in (RFC 8252 §7.3): a one-shot HTTP listener on
 * 127.0.0.1 at a random port that receives the browser's final redirect.
 */
export async function startLoopbackListener(): Promise<{
  redirectUri: string;
  /** The full URL of the first request to the callback path. */
  received: Promise<URL>;
  close(): Promise<void>;
}> {
  let deliver: (url: URL) => void = () => {};
  const received = new Promise<URL>((resolve) => {
    deliver = resolve;
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/oauth/callback') {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<p>Signed in. You can return to IntervYou.</p>');
    deliver(new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}${req.url ?? ''}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://127.0.0.1:${port}/oauth/callback`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
