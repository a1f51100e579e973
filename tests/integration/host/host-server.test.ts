import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../electron/host/host-server';
import { createHandlers } from '../../../electron/main/ipc/registry';
import type { MainServices } from '../../../electron/main/services';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

describe('loopback browser host', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  let host: RunningHost;

  const invoke = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${host.origin}/api/invoke/${channel}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${host.token}`,
        origin: host.origin,
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    dir = makeTempDir();
    const rendererDir = path.join(dir.path, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>IntervYou</title>');
    services = await startTestServices(path.join(dir.path, 'data'));
    host = await startHost({ handlers: createHandlers(services), events: services.events, rendererDir });
  });
  afterAll(async () => {
    await host.close();
    await services.close();
    dir.remove();
  });

  it('listens on 127.0.0.1 only', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves a channel through the same dispatcher as Electron', async () => {
    const response = await invoke('app:info', {});
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; value: { runtime: string; dataDir: string } };
    expect(body.ok).toBe(true);
    expect(body.value.runtime).toBe('test');
    expect(body.value.dataDir).toBe(path.join(dir.path, 'data'));
  });

  it('rejects a request without the bearer token', async () => {
    const response = await invoke('app:info', {}, { authorization: 'Bearer wrong' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('takes the token from the query string only on the event stream', async () => {
    const viaQuery = await fetch(`${host.origin}/api/invoke/app:info?token=${host.token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: host.origin },
      body: '{}',
    });
    expect(viaQuery.status).toBe(401);
    const events = await fetch(`${host.origin}/api/events?token=${host.token}`);
    expect(events.status).toBe(200);
    await events.body?.cancel();
  });

  it('serves only requests addressed to its own name (no DNS rebinding), with or without the token', async () => {
    const port = new URL(host.origin).port;
    const get = (hostHeader: string, pathname: string) =>
      new Promise<number>((resolve, reject) => {
        const request = httpRequest(
          {
            host: '127.0.0.1',
            port,
            path: pathname,
            method: 'GET',
            headers: { host: hostHeader, authorization: `Bearer ${host.token}` },
          },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        request.on('error', reject);
        request.end();
      });
    expect(await get(`attacker.example:${port}`, '/')).toBe(421);
    expect(await get(`attacker.example:${port}`, '/api/events')).toBe(421);
    expect(await get('127.0.0.1:1', '/')).toBe(421);
    expect(await get(`127.0.0.1:${port}`, '/')).toBe(200);
    expect(await get(`localhost:${port}`, '/')).toBe(200);
  });

  it('rejects a page from another origin even with the token', async () => {
    const response = await invoke('app:info', {}, { origin: 'http://evil.localhost:9999' });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('answers bad JSON and bad input with BAD_INPUT, and unknown channels with UNKNOWN_CHANNEL', async () => {
    expect(await (await invoke('settings:update', '{not json')).json()).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(await (await invoke('settings:update', { theme: 'purple' })).json()).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('theme') },
    });
    expect(await (await invoke('shell:exec', {})).json()).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it('refuses bodies over the size limit with 413', async () => {
    const response = await invoke('settings:update', JSON.stringify({ theme: 'x'.repeat(17 * 1024 * 1024) }));
    expect(response.status).toBe(413);
  });

  it('persists settings and pushes settings:changed over server-sent events', async () => {
    const events = await fetch(`${host.origin}/api/events?token=${host.token}`);
    const reader = events.body!.getReader();
    await invoke('settings:update', { theme: 'dark' });
    let text = '';
    while (!text.includes('event: settings:changed')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    expect(text).toContain('"theme":"dark"');
    expect(services.settings.get().theme).toBe('dark');
  });

  it('serves the renderer with a strict CSP, and client routes fall back to index.html', async () => {
    const response = await fetch(`${host.origin}/settings`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<title>IntervYou</title>');
    expect((await fetch(`${host.origin}/..%2f..%2fetc/passwd.txt`)).status).toBe(404);
  });
});
