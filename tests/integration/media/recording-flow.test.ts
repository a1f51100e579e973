import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RecordingProgress } from '../../../shared/ipc/channels/recording';
import { AppError } from '../../../shared/ipc/result';
import type { MainServices } from '../../../electron/main/services';
import { createHandlers } from '../../../electron/main/ipc/registry';
import { createDispatcher } from '../../../electron/main/ipc/dispatcher';
import { contract } from '../../../shared/ipc/contract';
import { shutdownAnalysisWorkers } from '../../../electron/main/media/analysis-client';
import type { SpeechFixture } from '../../fixtures/speech/generate';
import { answerFixture, audioOnlyWebm, chunksOf, truthPauses } from '../../helpers/media-fixtures';
import { recordFile, startMediaServices } from '../../helpers/media-services';
import { makeTempDir } from '../../helpers/temp-dir';
import { attemptRow } from '../../helpers/attempts';

let fixture: SpeechFixture;
beforeAll(async () => {
  fixture = await answerFixture();
}, 120_000);
afterAll(() => shutdownAnalysisWorkers());

describe('recording → processing → review', () => {
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

  it('appends chunks in order, remuxes, analyses and serves the pauses and peaks', async () => {
    const progress: RecordingProgress[] = [];
    services.events.subscribe((name, payload) => {
      if (name === 'recording:progress') progress.push(payload as RecordingProgress);
    });
    const chunks = chunksOf(fixture.webmPath);
    const id = await recordFile(services, chunks);

    const view = await services.media.get(id);
    expect(view.status).toBe('ready');
    expect(view.durationSec).toBeCloseTo(fixture.truth.durationSec, 0);
    expect(view.mediaUrl).toMatch(new RegExp(`^/media/${id}\\?exp=\\d+&sig=`));
    expect(view.thumbnailUrl).toMatch(new RegExp(`^/media/${id}/thumbnail\\?`));
    expect(view.questionText).toBe('Tell me about a project you led.');

    // Every inserted pause is on the review, where it was put (±0.1 s).
    const found = view.review?.metrics.pauses ?? [];
    for (const truth of truthPauses(fixture)) {
      const match = found.find(
        (p) => Math.abs(p.startSec - truth.startSec) < 0.1 && Math.abs(p.endSec - truth.endSec) < 0.1,
      );
      expect(match, `pause at ${truth.startSec.toFixed(2)}–${truth.endSec.toFixed(2)} s`).toBeDefined();
    }
    expect(view.review?.longPauses.length).toBe(1);
    expect(view.review?.delivery?.score).toBeGreaterThan(0);

    const files = readdirSync(services.paths.recordings).sort();
    expect(files).toEqual([`${id}.jpg`, `${id}.peaks.json`, `${id}.webm`]);
    // The remux (stream copy) has a duration in its header, which MediaRecorder's file lacks.
    const { probeMedia } = await import('../../../electron/main/media/probe-media');
    const probe = await probeMedia('ffmpeg', path.join(services.paths.recordings, `${id}.webm`));
    expect(probe.durationSec).toBeCloseTo(fixture.truth.durationSec, 0);
    expect(probe).toMatchObject({ hasAudio: true, hasVideo: true });

    const peaks = await services.media.peaks(id);
    expect(peaks.data.length).toBe(2 * Math.ceil(peaks.durationSec * 50));
    expect(Math.max(...peaks.data.map(Math.abs))).toBeCloseTo(1, 3);

    const stages = progress.filter((p) => p.id === id).map((p) => p.stage);
    expect(stages[0]).toBe('queued');
    expect(stages).toContain('processing');
    expect(stages).toContain('analysing');
    expect(stages.at(-1)).toBe('ready');

    const row = await services.db.selectFrom('recordings').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'ready', recovered: 0, chunk_count: chunks.length, file_name: `${id}.webm` });
    expect(row.bytes_written).toBe(statSync(path.join(services.paths.recordings, `${id}.webm`)).size);
  });

  it('processes an audio-only recording without a thumbnail', async () => {
    const id = await recordFile(services, chunksOf(await audioOnlyWebm(fixture)), 'audio');
    const view = await services.media.get(id);
    expect(view).toMatchObject({ status: 'ready', mode: 'audio', thumbnailUrl: null });
    expect(view.review?.metrics.pauseCount).toBeGreaterThanOrEqual(3);
    expect(existsSync(path.join(services.paths.recordings, `${id}.jpg`))).toBe(false);
  });

  it('refuses a gap or a repeated chunk clearly and keeps what was written', async () => {
    const chunks = chunksOf(fixture.webmPath);
    const { id } = await services.media.start({
      mode: 'video',
      mimeType: 'video/webm',
      questionId: null,
      questionText: null,
    });
    await services.media.appendChunk(id, 0, chunks[0]!.toString('base64'));
    await expect(services.media.appendChunk(id, 2, chunks[2]!.toString('base64'))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/arrived before chunk 1/),
    });
    await expect(services.media.appendChunk(id, 0, chunks[0]!.toString('base64'))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already received/),
    });
    const ok = await services.media.appendChunk(id, 1, chunks[1]!.toString('base64'));
    expect(ok.bytesWritten).toBe(chunks[0]!.length + chunks[1]!.length);
    expect(statSync(path.join(services.paths.recordings, `${id}.webm.part`)).size).toBe(ok.bytesWritten);
  });

  it('refuses to start with DISK_FULL when free space is below the threshold', async () => {
    await services.close();
    services = await startMediaServices(dir.path, { media: { freeSpace: async () => 50 * 1024 * 1024 } });
    const error = await services.media
      .start({ mode: 'audio', mimeType: 'audio/webm', questionId: null, questionText: null })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'DISK_FULL',
      message: expect.stringMatching(/Only 50 MB of disk space is free/),
    });
    expect(await services.db.selectFrom('recordings').select('id').execute()).toHaveLength(0);
  });

  it('deletes a recording (files and row) while the attempt made from it keeps its score', async () => {
    const id = await recordFile(services, chunksOf(await audioOnlyWebm(fixture)), 'audio');
    await services.db
      .insertInto('attempts')
      .values(attemptRow({ id: 'att-1', mode: 'audio', recording_id: id, overall: 77 }))
      .execute();
    expect(await services.media.delete(id)).toBe(true);
    expect(readdirSync(services.paths.recordings)).toEqual([]);
    const attempt = await services.db
      .selectFrom('attempts')
      .selectAll()
      .where('id', '=', 'att-1')
      .executeTakeFirstOrThrow();
    expect(attempt).toMatchObject({ overall: 77, recording_id: null });
    await expect(services.media.get(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('serves the contract end to end: oversized and non-base64 chunks are BAD_INPUT', async () => {
    const dispatcher = createDispatcher({
      contract,
      handlers: createHandlers(services),
      trustedOrigins: ['app://intervyou'],
    });
    const sender = { origin: 'app://intervyou' };
    const started = await dispatcher.dispatch(
      'recording:start',
      { mode: 'audio', mimeType: 'audio/webm;codecs=opus' },
      sender,
    );
    expect(started.ok).toBe(true);
    const id = started.ok ? (started.value as { id: string }).id : '';
    const huge = await dispatcher.dispatch(
      'recording:chunk',
      { id, seq: 0, data: 'A'.repeat(6 * 1024 * 1024) },
      sender,
    );
    expect(huge).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringMatching(/at most 4 MiB/) },
    });
    const junk = await dispatcher.dispatch('recording:chunk', { id, seq: 0, data: 'not base64!' }, sender);
    expect(junk).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringMatching(/not base64/) },
    });
    const mp4 = await dispatcher.dispatch('recording:start', { mode: 'video', mimeType: 'video/mp4' }, sender);
    expect(mp4).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});
