import { copyFileSync, readdirSync, watch, writeFileSync } from 'node:fs';
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

const filesOf = (dir: string, id: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.startsWith(`${id}.`))
    .sort();

describe('deleting a recording', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices | undefined;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(async () => {
    await services?.close();
    services = undefined;
    dir.remove();
  });

  it('as its processing moves the results into place leaves none of its files', async () => {
    services = await startMediaServices(dir.path);
    const media = services.media;
    const recordings = services.paths.recordings;
    const { id } = await media.start({
      mode: 'video',
      mimeType: 'video/webm;codecs=vp8,opus',
      questionId: null,
      questionText: null,
    });
    for (const [seq, chunk] of chunksOf(fixture.webmPath).entries()) {
      await media.appendChunk(id, seq, chunk.toString('base64'));
    }
    // The user deletes it the moment the remux lands as <id>.webm: the thumbnail and the peaks
    // are still to be written.
    let deleting: Promise<boolean> | undefined;
    const watcher = watch(recordings, (_event, name) => {
      if (name === `${id}.webm` && !deleting) deleting = media.delete(id);
    });
    try {
      await media.stop(id);
      await media.whenIdle();
    } finally {
      watcher.close();
    }
    expect(deleting).toBeDefined();
    expect(await deleting).toBe(true);
    expect(filesOf(recordings, id)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(filesOf(recordings, id)).toEqual([]);
    await expect(media.get(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }, 120_000);

  it('at start-up removes finished files left without a row, and still adopts a .part without one', async () => {
    services = await startMediaServices(dir.path);
    const kept = await recordFile(services, chunksOf(fixture.webmPath));
    const recordings = services.paths.recordings;
    await services.close();
    services = undefined;

    const deleted = '5d1f3c2a-0000-4000-8000-00000000dead';
    const leftovers = ['.webm', '.jpg', '.peaks.json', '.peaks.json.tmp', '.remux.webm', '.thumb.jpg'];
    for (const suffix of leftovers) writeFileSync(path.join(recordings, `${deleted}${suffix}`), 'deleted');
    const orphan = '5d1f3c2a-0000-4000-8000-00000000f00d';
    copyFileSync(fixture.webmPath, path.join(recordings, `${orphan}.webm.part`));

    services = await startMediaServices(dir.path);
    const report = await services.media.recovery();
    expect(report?.toProcess).toEqual([{ id: orphan, recovered: true }]);
    expect(report?.removedFiles.slice().sort()).toEqual(leftovers.map((suffix) => `${deleted}${suffix}`).sort());
    expect(filesOf(recordings, deleted)).toEqual([]);
    expect(filesOf(recordings, kept)).toEqual([`${kept}.jpg`, `${kept}.peaks.json`, `${kept}.webm`]);
    expect(filesOf(recordings, orphan)).toEqual([`${orphan}.jpg`, `${orphan}.peaks.json`, `${orphan}.webm`]);
    expect(await services.media.get(orphan)).toMatchObject({ status: 'ready', recovered: true, mode: 'video' });
  }, 120_000);
});
