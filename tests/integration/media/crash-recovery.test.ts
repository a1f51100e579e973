import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shutdownAnalysisWorkers } from '../../../electron/main/media/analysis-client';
import type { MainServices } from '../../../electron/main/services';
import type { SpeechFixture } from '../../fixtures/speech/generate';
import { answerFixture } from '../../helpers/media-fixtures';
import { startMediaServices } from '../../helpers/media-services';
import { makeTempDir } from '../../helpers/temp-dir';

const root = path.resolve(import.meta.dirname, '../../..');

let fixture: SpeechFixture;
beforeAll(async () => {
  fixture = await answerFixture();
}, 120_000);
afterAll(() => shutdownAnalysisWorkers());

/** Runs the chunk writer and SIGKILLs it once `killAfter` chunks are on disk. */
function writeThenKill(
  dataDir: string,
  killAfter: number,
): Promise<{ id: string; bytesAtKill: number; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    // Node itself with tsx's loader, not the tsx CLI: the CLI runs Node as a grandchild, which a
    // SIGKILL of the CLI would leave running.
    const script = path.join(root, 'tests/helpers/crash-writer.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir, fixture.webmPath, '8192', '40'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let id = '';
    let bytesAtKill = 0;
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const [word, a, b] = line.split(' ');
      if (word === 'started') id = a ?? '';
      if (word === 'chunk' && Number(a) + 1 === killAfter) {
        bytesAtKill = Number(b);
        child.kill('SIGKILL');
      }
      if (word === 'all') reject(new Error('the writer finished before it was killed'));
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ id, bytesAtKill, signal }));
  });
}

describe('crash safety', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices | undefined;
  beforeAll(() => {
    dir = makeTempDir('intervyou-crash-');
  });
  afterAll(async () => {
    await services?.close();
    dir.remove();
  });

  it('recovers a recording whose writer was killed mid-stream, and says so', async () => {
    const killed = await writeThenKill(dir.path, 12);
    expect(killed.signal).toBe('SIGKILL');
    const recordings = path.join(dir.path, 'recordings');
    const part = path.join(recordings, `${killed.id}.webm.part`);
    // Every acknowledged chunk is on disk (fsync happens every few chunks; the page cache survives a process kill).
    expect(statSync(part).size).toBeGreaterThanOrEqual(killed.bytesAtKill);

    services = await startMediaServices(dir.path);
    const report = await services.media.recovery();
    expect(report?.toProcess).toEqual([{ id: killed.id, recovered: true }]);

    const view = await services.media.get(killed.id);
    expect(view).toMatchObject({ status: 'ready', recovered: true, questionText: 'Describe a difficult decision.' });
    // 12 × 8 KiB of a ~16 s, ~250 KB file: several seconds of the answer, not nothing and not all.
    expect(view.durationSec).toBeGreaterThan(3);
    expect(view.durationSec).toBeLessThan(fixture.truth.durationSec);
    expect(view.review?.metrics.speechSec).toBeGreaterThan(2);
    expect(existsSync(part)).toBe(false);
    expect(readdirSync(recordings).sort()).toEqual([
      `${killed.id}.jpg`,
      `${killed.id}.peaks.json`,
      `${killed.id}.webm`,
    ]);

    // The notice lists it until the user dismisses it.
    const notice = await services.media.list({ recoveredNotice: true, limit: 10 });
    expect(notice.map((r) => r.id)).toEqual([killed.id]);
    expect(await services.media.dismissRecovered()).toBe(1);
    expect(await services.media.list({ recoveredNotice: true, limit: 10 })).toEqual([]);
  }, 120_000);

  it('adopts a .part file left without its row, and removes a half-written remux', async () => {
    await services?.close();
    services = undefined;
    const { copyFileSync, writeFileSync } = await import('node:fs');
    const recordings = path.join(dir.path, 'recordings');
    const orphan = '5d1f3c2a-0000-4000-8000-00000000abcd';
    copyFileSync(fixture.webmPath, path.join(recordings, `${orphan}.webm.part`));
    writeFileSync(path.join(recordings, `${orphan}.remux.webm`), 'half a remux');

    services = await startMediaServices(dir.path);
    const report = await services.media.recovery();
    expect(report?.toProcess).toEqual([{ id: orphan, recovered: true }]);
    expect(report?.removedFiles).toContain(`${orphan}.remux.webm`);
    const view = await services.media.get(orphan);
    expect(view).toMatchObject({ status: 'ready', recovered: true, mode: 'video' });
    expect(view.durationSec).toBeCloseTo(fixture.truth.durationSec, 0);
  }, 120_000);

  it('runs overlapping recovery scans one after the other, so an orphan is adopted once', async () => {
    await services?.close();
    services = undefined;
    const { copyFileSync } = await import('node:fs');
    const recordings = path.join(dir.path, 'recordings');
    const orphan = '5d1f3c2a-0000-4000-8000-00000000beef';
    copyFileSync(fixture.webmPath, path.join(recordings, `${orphan}.webm.part`));

    services = await startMediaServices(dir.path);
    // The start-up scan is still running when a second one is asked for.
    const [first, second] = await Promise.all([services.media.recovery(), services.media.recover()]);
    expect(first?.toProcess).toEqual([{ id: orphan, recovered: true }]);
    expect(second.toProcess).toEqual([]);
    expect(await services.db.selectFrom('recordings').select('id').where('id', '=', orphan).execute()).toHaveLength(1);
  }, 120_000);
});
