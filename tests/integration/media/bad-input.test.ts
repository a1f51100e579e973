import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shutdownAnalysisWorkers } from '../../../electron/main/media/analysis-client';
import type { MainServices } from '../../../electron/main/services';
import type { SpeechFixture } from '../../fixtures/speech/generate';
import { answerFixture, chunksOf } from '../../helpers/media-fixtures';
import { recordFile, startMediaServices } from '../../helpers/media-services';
import { makeTempDir } from '../../helpers/temp-dir';

let fixture: SpeechFixture;
beforeAll(async () => {
  fixture = await answerFixture();
}, 120_000);
afterAll(() => shutdownAnalysisWorkers());

function chunksFrom(bytes: Buffer, size = 32 * 1024): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

describe('bad recordings: a clear message, and nothing recorded is lost', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  beforeEach(async () => {
    dir = makeTempDir();
    services = await startMediaServices(dir.path);
  });
  afterEach(async () => {
    await services.close();
    dir.remove();
  });

  const partOf = (id: string): string => path.join(services.paths.recordings, `${id}.webm.part`);

  it('a truncated WebM keeps everything up to the cut', async () => {
    const whole = readFileSync(fixture.webmPath);
    const id = await recordFile(services, chunksFrom(whole.subarray(0, Math.floor(whole.length * 0.45))));
    const view = await services.media.get(id);
    expect(view.status).toBe('ready');
    expect(view.durationSec).toBeGreaterThan(fixture.truth.durationSec * 0.3);
    expect(view.durationSec).toBeLessThan(fixture.truth.durationSec * 0.7);
  });

  it('a WebM damaged in the middle is still processed around the damage', async () => {
    const bytes = Buffer.from(readFileSync(fixture.webmPath));
    const from = Math.floor(bytes.length * 0.4);
    for (let i = from; i < from + 20_000; i++) bytes[i] = (i * 7919) & 0xff;
    const id = await recordFile(services, chunksFrom(bytes));
    const view = await services.media.get(id);
    expect(view.status).toBe('ready');
    // What came before the damage is all there.
    expect(view.durationSec).toBeGreaterThan(fixture.truth.durationSec * 0.35);
  });

  it('a file that is not media fails with a reason, and its bytes are kept', async () => {
    const text = Buffer.from('This is not a recording at all, just some text that arrived as chunks.\n'.repeat(500));
    const id = await recordFile(services, chunksFrom(text, 4096));
    const view = await services.media.get(id);
    expect(view.status).toBe('failed');
    expect(view.error).toMatch(/not a readable audio or video recording/);
    expect(view.error).toMatch(/original recording is kept/);
    expect(readFileSync(partOf(id)).equals(text)).toBe(true);
    expect(view.mediaUrl).toBeNull();
  });

  it('a WebM cut inside its header (nothing decodable) fails clearly and keeps the bytes', async () => {
    const head = readFileSync(fixture.webmPath).subarray(0, 300);
    const id = await recordFile(services, [head]);
    const view = await services.media.get(id);
    expect(view.status).toBe('failed');
    expect(view.error).toMatch(/not a readable|no audio/);
    expect(statSync(partOf(id)).size).toBe(300);
  });

  it('a recording stopped before any chunk arrived says nothing was recorded', async () => {
    const id = await recordFile(services, []);
    const view = await services.media.get(id);
    expect(view).toMatchObject({ status: 'failed', bytesWritten: 0 });
    expect(view.error).toMatch(/Nothing was recorded/);
  });

  it('a stop for an unknown recording is NOT_FOUND, and a repeated stop is harmless', async () => {
    await expect(services.media.stop('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const id = await recordFile(services, chunksOf(fixture.webmPath));
    await expect(services.media.stop(id)).resolves.toMatchObject({ id, status: 'ready' });
    expect(existsSync(path.join(services.paths.recordings, `${id}.webm`))).toBe(true);
  });
});
