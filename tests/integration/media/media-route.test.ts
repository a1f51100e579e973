import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostRoutes } from '../../../electron/host/host-routes';
import { startHost, type RunningHost } from '../../../electron/host/host-server';
import { shutdownAnalysisWorkers } from '../../../electron/main/media/analysis-client';
import { createHandlers } from '../../../electron/main/ipc/registry';
import type { MainServices } from '../../../electron/main/services';
import { answerFixture, chunksOf } from '../../helpers/media-fixtures';
import { recordFile, startMediaServices } from '../../helpers/media-services';
import { makeTempDir } from '../../helpers/temp-dir';

describe('media over the browser host: signed URLs and Range requests', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  let host: RunningHost;
  let id: string;
  let mediaUrl: string;
  let file: Buffer;

  beforeAll(async () => {
    const fixture = await answerFixture();
    dir = makeTempDir();
    services = await startMediaServices(dir.path);
    host = await startHost({
      handlers: createHandlers(services),
      events: services.events,
      routes: createHostRoutes(services),
    });
    id = await recordFile(services, chunksOf(fixture.webmPath));
    const response = await fetch(`${host.origin}/api/invoke/recording:get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}`, origin: host.origin },
      body: JSON.stringify({ id }),
    });
    const result = (await response.json()) as { ok: boolean; value: { mediaUrl: string } };
    mediaUrl = `${host.origin}${result.value.mediaUrl}`;
    file = readFileSync(path.join(services.paths.recordings, `${id}.webm`));
  }, 120_000);
  afterAll(async () => {
    await host.close();
    await services.close();
    await shutdownAnalysisWorkers();
    dir.remove();
  });

  it('serves the whole file with Accept-Ranges and the right type', async () => {
    const response = await fetch(mediaUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-type')).toBe('video/webm');
    expect(Buffer.from(await response.arrayBuffer()).equals(file)).toBe(true);
  });

  it('answers a Range with 206 and exactly those bytes (a seek)', async () => {
    const response = await fetch(mediaUrl, { headers: { range: 'bytes=1000-1999' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 1000-1999/${file.length}`);
    expect(Buffer.from(await response.arrayBuffer()).equals(file.subarray(1000, 2000))).toBe(true);
    const tail = await fetch(mediaUrl, { headers: { range: 'bytes=-500' } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(file.subarray(file.length - 500))).toBe(true);
  });

  it('refuses an unsatisfiable Range with 416', async () => {
    const response = await fetch(mediaUrl, { headers: { range: `bytes=${file.length + 10}-` } });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${file.length}`);
  });

  it('answers HEAD with the length and no body', async () => {
    const response = await fetch(mediaUrl, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(file.length));
  });

  it('does not serve without a valid signature, even with the host token', async () => {
    const bare = `${host.origin}/media/${id}`;
    expect((await fetch(bare)).status).toBe(404);
    expect((await fetch(`${bare}?token=${host.token}`)).status).toBe(404);
    const tampered = mediaUrl.replace(/sig=[^&]+/, 'sig=AAAA');
    expect((await fetch(tampered)).status).toBe(404);
    const otherKind = mediaUrl.replace(`/media/${id}?`, `/media/${id}/thumbnail?`);
    expect((await fetch(otherKind)).status).toBe(404);
    expect((await fetch(mediaUrl, { method: 'POST' })).status).toBe(405);
  });

  it('serves the thumbnail from its own signed URL', async () => {
    const view = await services.media.get(id);
    const response = await fetch(`${host.origin}${view.thumbnailUrl ?? ''}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 2).toString('hex')).toBe('ffd8');
  });
});
