import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createServiceClient } from '../../../electron/main/account/service-client';
import type { ServiceError } from '../../../electron/main/account/service-error';
import { resolveServerUrl } from '../../../electron/main/account/server-url';
import { AcceptedResponse } from '../../../shared/sync/auth';
import { LeaderboardResponse } from '../../../shared/sync/leaderboard';
import { freePort } from '../../server/helpers/free-port';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A real HTTP server on loopback answering as `listener` does: a proxy, a wrong address, a broken service. */
async function serve(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function clientFor(url: string, timeoutMs = 2000) {
  return createServiceClient({
    server: () => resolveServerUrl({ sync: { serverUrl: url, enabled: true } }, {}),
    timeoutMs,
  });
}

async function failureOf(promise: Promise<unknown>): Promise<ServiceError> {
  return promise.then(
    (value) => {
      throw new Error(`expected a failure, got ${JSON.stringify(value)}`);
    },
    (error: ServiceError) => error,
  );
}

const board = (c: ReturnType<typeof clientFor>) =>
  c.send({ method: 'GET', path: '/v1/leaderboard', query: { period: 'week' } }, LeaderboardResponse);

describe('the account-service client facing servers that are not (or not quite) the service', () => {
  it('says a page of HTML is not the account service', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Captive portal</title>');
    });
    const error = await failureOf(board(clientFor(url)));
    expect(error).toMatchObject({ kind: 'bad-reply' });
    expect(error.message).toMatch(/does not look like an IntervYou account service.*Check the server address/);
  });

  it('says garbage labelled as JSON is not valid JSON', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"entries": [1, 2, ');
    });
    const error = await failureOf(board(clientFor(url)));
    expect(error).toMatchObject({ kind: 'bad-reply', message: expect.stringMatching(/not valid JSON/) });
  });

  it('refuses JSON of the wrong shape', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"entries": "none"}');
    });
    const error = await failureOf(board(clientFor(url)));
    expect(error).toMatchObject({ kind: 'bad-reply', message: expect.stringMatching(/does not understand/) });
  });

  it('stops reading a 5 MB reply at the cap, with or without a Content-Length', async () => {
    const huge = `{"pad":"${'x'.repeat(5 * 1024 * 1024)}"}`;
    let written = 0;
    const declared = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(huge) }).end(huge);
    });
    const streamed = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      // Chunked, no length: the client must count as it reads.
      const chunk = 'x'.repeat(64 * 1024);
      const push = () => {
        while (written < 5 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      res.on('error', () => {});
      push();
    });
    for (const url of [declared, streamed]) {
      const error = await failureOf(board(clientFor(url)));
      expect(error).toMatchObject({ kind: 'bad-reply', message: expect.stringMatching(/larger than 1024 KB/) });
    }
    // The streamed reply was abandoned early, not read to the end.
    expect(written).toBeLessThan(5 * 1024 * 1024);
  });

  it('calls a server that is down or silent "offline", in words', async () => {
    const down = `http://127.0.0.1:${await freePort()}`;
    const refused = await failureOf(board(clientFor(down)));
    expect(refused).toMatchObject({ kind: 'offline', message: expect.stringMatching(/could not be reached/) });

    const silent = await serve(() => {
      /* never answers */
    });
    const timedOut = await failureOf(board(clientFor(silent, 300)));
    expect(timedOut).toMatchObject({ kind: 'offline', message: expect.stringMatching(/did not answer within/) });
  });

  it('turns 5xx and 429 into "server" with the Retry-After wait, in seconds or as a date', async () => {
    const at = new Date(Date.now() + 90_000).toUTCString();
    const url = await serve((req, res) => {
      if (req.url?.startsWith('/busy')) {
        res
          .writeHead(429, { 'content-type': 'application/json', 'retry-after': '7' })
          .end(
            JSON.stringify({ error: { code: 'rate_limited', message: 'Too many attempts. Try again in 7 seconds.' } }),
          );
      } else {
        res.writeHead(503, { 'content-type': 'text/html', 'retry-after': at }).end('<h1>Service Unavailable</h1>');
      }
    });
    const busy = await failureOf(clientFor(url).send({ method: 'POST', path: '/busy', body: {} }, AcceptedResponse));
    expect(busy).toMatchObject({
      kind: 'server',
      status: 429,
      code: 'rate_limited',
      retryAfterMs: 7000,
      message: 'Too many attempts. Try again in 7 seconds.',
    });
    const down = await failureOf(clientFor(url).send({ method: 'GET', path: '/v1/me' }, AcceptedResponse));
    expect(down).toMatchObject({
      kind: 'server',
      status: 503,
      message: expect.stringMatching(/had a problem \(HTTP 503\)/),
    });
    expect(down.retryAfterMs).toBeGreaterThan(80_000);
    expect(down.retryAfterMs).toBeLessThanOrEqual(90_000);
  });

  it('does not follow a redirect (a token must not travel to another host)', async () => {
    let followed = false;
    const elsewhere = await serve((_req, res) => {
      followed = true;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const url = await serve((_req, res) => res.writeHead(302, { location: `${elsewhere}/v1/me` }).end());
    const error = await failureOf(
      clientFor(url).send({ method: 'GET', path: '/v1/me', token: 'secret' }, AcceptedResponse),
    );
    expect(error).toMatchObject({ kind: 'bad-reply', message: expect.stringMatching(/redirected/) });
    expect(followed).toBe(false);
  });

  it('refuses a malformed or unsafe server address before sending anything', async () => {
    for (const [address, words] of [
      ['not a url', /Enter a full address/],
      ['ftp://accounts.example.com', /Only http and https/],
      ['http://accounts.example.com', /Use https/],
    ] as const) {
      const error = await failureOf(clientFor(address).send({ method: 'GET', path: '/health' }, AcceptedResponse));
      expect(error).toMatchObject({ kind: 'no-server' });
      expect(error.message).toMatch(words);
      expect(error.message).toContain(address);
    }
  });
});
