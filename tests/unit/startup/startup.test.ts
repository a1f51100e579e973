import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openMainLog, openRotatingLog } from '../../../electron/main/logging/rotating-log';
import { runSmokeSteps, smokeSummary } from '../../../electron/main/smoke/smoke-report';
import { parseLaunchOptions } from '../../../electron/main/startup/launch-options';
import { startupFailureMessage } from '../../../electron/main/startup/startup-failure';
import { makeTempDir } from '../../helpers/temp-dir';

const context = {
  app: { name: 'IntervYou', version: '1.0.0', packaged: true },
  runtime: { platform: 'linux', arch: 'x64', electron: '45.5.0', node: '22.20.0' },
};

describe('launch options', () => {
  it('reads --smoke-test <file> and --smoke-test=<file>, resolved against the working folder, among Electron’s own switches', () => {
    expect(parseLaunchOptions(['--no-sandbox', '--smoke-test', 'out/report.json'], '/work')).toEqual({
      smokeTestReport: '/work/out/report.json',
    });
    expect(parseLaunchOptions(['--smoke-test=/tmp/r.json'], '/work')).toEqual({ smokeTestReport: '/tmp/r.json' });
    expect(parseLaunchOptions(['.', '--inspect=0'], '/work')).toEqual({ smokeTestReport: null });
  });

  it('refuses --smoke-test without a report path, saying what to pass', () => {
    expect(() => parseLaunchOptions(['--smoke-test'])).toThrow(/needs the path of the JSON report/);
    expect(() => parseLaunchOptions(['--smoke-test', '--no-sandbox'])).toThrow(/needs the path/);
  });
});

describe('the start-up failure dialog', () => {
  it('gives the reason and the log file to look in', () => {
    const message = startupFailureMessage(new Error('The database is locked'), '/data/logs/main.log');
    expect(message.title).toBe('IntervYou could not start');
    expect(message.body).toContain('The database is locked');
    expect(message.body).toContain('/data/logs/main.log');
  });
});

describe('smoke steps', () => {
  it('run in order, record what each saw, and stop at the first failure, naming it', async () => {
    const ran: string[] = [];
    const step = (name: string, outcome: () => Promise<string>) => ({
      name,
      run: () => (ran.push(name), outcome()),
    });
    const report = await runSmokeSteps(
      [
        step('database', async () => '5 migrations'),
        step('ffmpeg', async () => {
          throw new Error('no ffmpeg at /app/resources/ffmpeg/ffmpeg');
        }),
        step('pdf', async () => '1 page'),
      ],
      context,
    );
    expect(ran).toEqual(['database', 'ffmpeg']);
    expect(report).toMatchObject({
      ok: false,
      failedStep: 'ffmpeg',
      steps: [
        { name: 'database', ok: true, detail: '5 migrations' },
        { name: 'ffmpeg', ok: false, error: 'no ffmpeg at /app/resources/ffmpeg/ffmpeg' },
      ],
    });
    expect(smokeSummary(report, 'r.json')).toMatch(/ffmpeg/);
  });

  it('fail a step that hangs, after its time limit', async () => {
    const report = await runSmokeSteps(
      [{ name: 'renderer', run: () => new Promise<string>(() => undefined) }],
      context,
      {
        stepTimeoutMs: 50,
      },
    );
    expect(report).toMatchObject({ ok: false, failedStep: 'renderer' });
    expect(report.steps[0]?.error).toMatch(/longer than/);
  });
});

describe('the rotating log', () => {
  const dir = makeTempDir('intervyou-log-');
  afterAll(() => dir.remove());

  it('appends timestamped lines and rotates by size, keeping a bounded number of files', () => {
    const logDir = path.join(dir.path, 'logs');
    const log = openRotatingLog({ dir: logDir, maxBytes: 200, keep: 2, now: () => new Date('2026-12-07T10:00:00Z') });
    log.write('error', ['start-up failed:', new Error('boom')]);
    expect(readFileSync(log.file, 'utf8')).toMatch(/^2026-12-07T10:00:00.000Z ERROR start-up failed: Error: boom/);
    for (let i = 0; i < 40; i++) log.write('info', [`line ${i} ${'x'.repeat(40)}`]);
    expect(readdirSync(logDir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    expect(readFileSync(log.file, 'utf8')).toContain('line 39');
    expect(readFileSync(path.join(logDir, 'main.2.log'), 'utf8')).not.toContain('boom');
  });

  it('falls back to the temp folder when the data folder cannot hold logs, and never throws on write', () => {
    const blocker = path.join(dir.path, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const fallback = path.join(dir.path, 'fallback');
    const log = openMainLog(path.join(blocker, 'logs'), fallback);
    expect(log.file).toBe(path.join(fallback, 'main.log'));
    log.write('warn', ['still logging']);
    expect(existsSync(log.file)).toBe(true);

    const gone = path.join(dir.path, 'gone');
    mkdirSync(gone);
    const orphan = openRotatingLog({ dir: gone });
    rmSync(gone, { recursive: true });
    expect(() => orphan.write('info', ['after the folder was removed'])).not.toThrow();
    expect(existsSync(orphan.file)).toBe(false);
  });
});
