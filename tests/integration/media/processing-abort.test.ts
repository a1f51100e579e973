import { execFile, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shutdownAnalysisWorkers } from '../../../electron/main/media/analysis-client';
import { processMedia } from '../../../electron/main/media/media-processor';
import { answerFixture } from '../../helpers/media-fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

const execFileAsync = promisify(execFile);
afterAll(() => shutdownAnalysisWorkers());

/** Processes on this machine whose command line mentions `text` (Linux /proc). */
function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text)) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return condition();
}

describe.skipIf(process.platform !== 'linux')('cancelling a recording being processed', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('ends both ffmpeg processes (the main pass and the thumbnail cut) and rejects with AbortError', async () => {
    // The recording arrives through a named pipe that is never finished: ffmpeg waits for the rest
    // of it for as long as the pipe stays open, so only a kill can end it.
    const input = path.join(dir.path, 'stalled-recording.webm');
    await execFileAsync('mkfifo', [input]);
    const processing = (async () => {
      const abort = new AbortController();
      const result = processMedia({
        ffmpegPath: 'ffmpeg',
        input,
        remuxTo: path.join(dir.path, 'out.webm'),
        thumbnailTo: path.join(dir.path, 'thumb.jpg'),
        expectedDurationSec: 60,
        signal: abort.signal,
      }).then(
        () => 'finished',
        (error: Error) => error.name,
      );
      return { abort, result };
    })();
    const writer = await open(input, 'w');
    try {
      await writer.write(readFileSync((await answerFixture()).webmPath).subarray(0, 64 * 1024));
      const { abort, result } = await processing;
      expect(await until(() => processesMentioning(input).length === 2, 10_000)).toBe(true);
      abort.abort();
      expect(await result).toBe('AbortError');
      expect(await until(() => processesMentioning(input).length === 0, 3_000)).toBe(true);
    } finally {
      await writer.close();
    }
  }, 60_000);

  it('lets a quit right after the cancel wait until the worker has ended its ffmpeg processes', async () => {
    const input = path.join(dir.path, 'stalled-recording.webm');
    await execFileAsync('mkfifo', [input]);
    const script = path.join(import.meta.dirname, '../../helpers/abort-then-quit.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, input, dir.path], {
      stdio: ['pipe', 'inherit', 'inherit'],
    });
    const exited = new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const writer = await open(input, 'w');
    try {
      await writer.write(readFileSync((await answerFixture()).webmPath).subarray(0, 64 * 1024));
      const ffmpegs = (): number[] => processesMentioning(input).filter((pid) => pid !== child.pid);
      expect(await until(() => ffmpegs().length === 2, 20_000)).toBe(true);
      child.stdin.write('abort\n');
      expect(await exited).toBe('SIGKILL');
      expect(await until(() => processesMentioning(input).length === 0, 3_000)).toBe(true);
    } finally {
      child.kill('SIGKILL');
      // Left running (the bug this guards against), they would outlive the test.
      for (const pid of processesMentioning(input)) process.kill(pid, 'SIGKILL');
      await writer.close();
    }
  }, 60_000);
});
