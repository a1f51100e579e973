import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { shutdownAnalysisWorkers } from '../../../electron/main/media/analysis-client';
import type { WriteFn } from '../../../electron/main/media/recording-sink';
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

function enospc(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

describe('a full disk while recording', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices | undefined;
  afterEach(async () => {
    await services?.close();
    services = undefined;
    dir.remove();
  });

  it('stops cleanly with DISK_FULL, keeps what was written and processes it', async () => {
    dir = makeTempDir();
    // The disk "fills" half-way through the fifth chunk.
    let writes = 0;
    const write: WriteFn = async (handle, data) => {
      writes += 1;
      if (writes === 5) return (await handle.write(data, 0, Math.floor(data.length / 2))).bytesWritten;
      if (writes > 5) throw enospc();
      return (await handle.write(data, 0, data.length)).bytesWritten;
    };
    services = await startMediaServices(dir.path, { media: { write } });
    const chunks = chunksOf(fixture.webmPath, 24 * 1024);
    const { id } = await services.media.start({
      mode: 'video',
      mimeType: 'video/webm',
      questionId: null,
      questionText: null,
    });
    for (let seq = 0; seq < 4; seq++) await services.media.appendChunk(id, seq, chunks[seq]!.toString('base64'));
    const error = await services.media.appendChunk(id, 4, chunks[4]!.toString('base64')).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'DISK_FULL',
      message: expect.stringMatching(/disk is full.*what was recorded is kept/),
    });
    // Later chunks are refused, not written out of order.
    await expect(services.media.appendChunk(id, 5, chunks[5]!.toString('base64'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    await services.media.whenIdle();
    const view = await services.media.get(id);
    expect(view.status).toBe('ready');
    const keptBytes = 4 * 24 * 1024 + 12 * 1024;
    expect(view.durationSec).toBeGreaterThan(2);
    expect(view.durationSec).toBeLessThan(
      fixture.truth.durationSec * (keptBytes / statSync(fixture.webmPath).size) + 2,
    );
  });

  const canMount = ((): boolean => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
    const probe = makeTempDir('intervyou-mount-probe-');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe.path], { stdio: 'ignore' });
      execFileSync('umount', [probe.path], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    } finally {
      probe.remove();
    }
  })();
  if (!canMount)
    console.warn(
      '[disk-full] skipping the real full-disk test: mounting a 64 KiB tmpfs needs root on Linux (the simulated ENOSPC tests above still run)',
    );

  it.skipIf(!canMount)(
    'on a real full file system (tmpfs), keeps the exact bytes and processes them once space is free',
    async () => {
      dir = makeTempDir();
      const recordings = path.join(dir.path, 'recordings');
      mkdirSync(recordings, { recursive: true });
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', recordings]);
      try {
        // Leave about 160 KB: less than the 275 KB recording.
        writeFileSync(path.join(recordings, 'filler.bin'), Buffer.alloc(512 * 1024 - 160 * 1024));
        services = await startMediaServices(dir.path, { media: { minFreeBytes: 0 } });
        const chunks = chunksOf(fixture.webmPath, 16 * 1024);
        const { id } = await services.media.start({
          mode: 'video',
          mimeType: 'video/webm',
          questionId: null,
          questionText: null,
        });
        let acknowledged = 0;
        let failure: unknown;
        for (const [seq, chunk] of chunks.entries()) {
          try {
            acknowledged = (await services.media.appendChunk(id, seq, chunk.toString('base64'))).bytesWritten;
          } catch (error) {
            failure = error;
            break;
          }
        }
        expect(failure).toMatchObject({ code: 'DISK_FULL' });
        await services.media.whenIdle();
        const part = path.join(recordings, `${id}.webm.part`);
        const kept = readFileSync(part);
        // Every acknowledged byte is there, and exactly the recording's bytes: nothing lost, nothing garbled.
        expect(kept.length).toBeGreaterThanOrEqual(acknowledged);
        expect(kept.equals(readFileSync(fixture.webmPath).subarray(0, kept.length))).toBe(true);
        // No room left to process it: it says so and keeps the file.
        const view = await services.media.get(id);
        expect(view.status).toBe('failed');
        expect(view.error).toMatch(/not enough free disk space/);

        // The user frees space; the next start processes it.
        await services.close();
        rmSync(path.join(recordings, 'filler.bin'));
        services = await startMediaServices(dir.path, { media: { minFreeBytes: 0 } });
        await services.media.recovery();
        const after = await services.media.get(id);
        expect(after.status).toBe('ready');
        expect(after.durationSec).toBeGreaterThan(2);
      } finally {
        await services?.close();
        services = undefined;
        execFileSync('umount', ['-l', recordings]);
      }
    },
  );
});
