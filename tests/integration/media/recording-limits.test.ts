import { readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shutdownAnalysisWorkers } from '../../../electron/main/media/analysis-client';
import type { MainServices } from '../../../electron/main/services';
import type { SpeechFixture } from '../../fixtures/speech/generate';
import { answerFixture, chunksOf } from '../../helpers/media-fixtures';
import { startMediaServices } from '../../helpers/media-services';
import { makeTempDir } from '../../helpers/temp-dir';

let fixture: SpeechFixture;
beforeAll(async () => {
  fixture = await answerFixture();
}, 120_000);
afterAll(() => shutdownAnalysisWorkers());

describe('recordings are bounded: one open at a time, none left open by a page that went away', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  beforeEach(async () => {
    dir = makeTempDir();
    services = await startMediaServices(dir.path, { media: { recordingIdleMs: 2_500 } });
  });
  afterEach(async () => {
    await services.close();
    dir.remove();
  });

  const start = () =>
    services.media.start({
      mode: 'video',
      mimeType: 'video/webm',
      questionId: null,
      questionText: 'Tell me about you.',
    });
  const openRecordings = async () =>
    (
      await services.db.selectFrom('recordings').select(['id', 'status']).where('status', '=', 'recording').execute()
    ).map((row) => row.id);
  const partFiles = () => readdirSync(services.paths.recordings).filter((file) => file.endsWith('.part'));

  it('a new recording closes and keeps the one still open, so a hundred starts leave one file open', async () => {
    const chunks = chunksOf(fixture.webmPath);
    const first = await start();
    for (const [seq, chunk] of chunks.entries())
      await services.media.appendChunk(first.id, seq, chunk.toString('base64'));

    const ids = [first.id];
    for (let i = 0; i < 100; i++) ids.push((await start()).id);
    expect(await openRecordings()).toEqual([ids.at(-1)]);
    await services.media.whenIdle();
    // The 99 closed without a byte were removed, rows and files; only the open one may have a .part.
    expect(partFiles().filter((file) => !file.startsWith(ids.at(-1) ?? ''))).toEqual([]);
    const rowsLeft = await services.db.selectFrom('recordings').select('id').execute();
    expect(rowsLeft.map((row) => row.id).sort()).toEqual([first.id, ids.at(-1)].sort());

    // The first one, closed by the second start, was processed, not thrown away.
    const kept = await services.media.get(first.id);
    expect(kept.status).toBe('ready');
    expect(kept.durationSec).toBeGreaterThan(fixture.truth.durationSec - 1);
  }, 120_000);

  it('closes and processes a recording that stops receiving chunks', async () => {
    const chunks = chunksOf(fixture.webmPath);
    const { id } = await start();
    for (const [seq, chunk] of chunks.entries()) await services.media.appendChunk(id, seq, chunk.toString('base64'));
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await services.media.whenIdle();
    expect(await openRecordings()).toEqual([]);
    expect(partFiles()).toEqual([]);
    expect((await services.media.get(id)).status).toBe('ready');
  }, 120_000);
});
