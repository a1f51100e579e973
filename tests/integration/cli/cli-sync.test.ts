import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedLocalEvaluator } from '../../../electron/main/attempts/shared-evaluator';
import { openCliServices } from '../../../electron/cli/cli-services';
import { signUpAndSignIn, startAccountService, type TestAccountService } from '../../helpers/account-service';
import { coach } from '../../helpers/cli';
import { startFaultProxy, type FaultProxy } from '../../helpers/fault-proxy';
import { keychainSkipReason, testSecretService } from '../../helpers/keychain';
import { localTotals, serviceTotals } from '../../helpers/sync-totals';
import { makeTempDir } from '../../helpers/temp-dir';

const BANK_QUESTION = 'Tell me about a time you had to learn a new skill or tool quickly to get your work done.';
const ANSWER =
  'Last spring our team moved its reporting to dbt with two weeks notice, and I had never used it. My task was to rebuild ' +
  'our twelve finance models before the quarter closed. I worked through the official course in three evenings, paired with ' +
  'an analytics engineer on the first two models, and wrote tests for each one. As a result all twelve models shipped four days ' +
  'early, report refresh time fell from 40 minutes to 6, and I now run the team dbt onboarding.';

// The CLI keeps its session in the OS keychain between commands, as on a user's machine.
describe.skipIf(keychainSkipReason() !== null)('coach evaluate --save, coach sync and coach leaderboard', () => {
  let service: TestAccountService;
  let proxy: FaultProxy;
  let dir: ReturnType<typeof makeTempDir>;
  let account: { email: string; password: string };
  const io = () => ({ env: { ...process.env, INTERVYOU_DATA_DIR: dir.path }, cwd: dir.path });

  beforeAll(async () => {
    process.env.INTERVYOU_KEYCHAIN_SERVICE = testSecretService();
    await sharedLocalEvaluator().init();
    service = await startAccountService();
    proxy = await startFaultProxy(service.url);
    dir = makeTempDir();
    const services = await openCliServices(io());
    try {
      account = await signUpAndSignIn(services, { ...service, url: proxy.url });
    } finally {
      await services.close();
    }
  }, 120_000);
  afterAll(async () => {
    await proxy.close();
    await service.close();
    dir.remove();
    await sharedLocalEvaluator().dispose();
  });

  it('saves graded answers (one and a batch), pushes them, and prints the board with me on it', async () => {
    const one = await coach(
      ['evaluate', '--question', BANK_QUESTION, '--answer', ANSWER, '--save', '--json'],
      dir.path,
    );
    expect(one.code, one.stderr).toBe(0);
    const saved = JSON.parse(one.stdout) as { attemptId: string; overall: number };
    expect(saved.attemptId).toMatch(/^[0-9a-f-]{36}$/);

    const batch = path.join(dir.path, 'answers.jsonl');
    writeFileSync(
      batch,
      [
        JSON.stringify({ question: BANK_QUESTION, answer: ANSWER, durationSec: 80 }),
        JSON.stringify({ question: 'What would you do in your first week?', category: 'situational', answer: ANSWER }),
        JSON.stringify({ question: 'A question from nowhere?', answer: ANSWER }),
      ].join('\n'),
    );
    const many = await coach(['evaluate', '--batch', batch, '--save'], dir.path);
    expect(many.code).toBe(0);
    const lines = many.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { attemptId?: string; error?: { code: string } });
    expect(lines.map((l) => l.attemptId !== undefined)).toEqual([true, true, false]);
    expect(lines[2]?.error?.code).toBe('no-category');

    const pushed = await coach(['sync', '--json'], dir.path);
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(JSON.parse(pushed.stdout)).toEqual({ pushed: 3, duplicates: 0, rejected: 0, pending: 0 });

    const board = await coach(['leaderboard', '--period', 'all', '--json'], dir.path);
    expect(board.code, board.stderr).toBe(0);
    expect(JSON.parse(board.stdout)).toMatchObject({ period: 'all', source: 'live', me: { attempts: 3 } });
  }, 120_000);

  it('exits 3 with one line when the service cannot be reached; the answer waits and goes next time', async () => {
    expect((await coach(['evaluate', '--question', BANK_QUESTION, '--answer', ANSWER, '--save'], dir.path)).code).toBe(
      0,
    );
    await proxy.down();
    const failed = await coach(['sync', '--json'], dir.path);
    expect(failed.code).toBe(3);
    expect(failed.stdout).toBe('');
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed.stderr).toMatch(/could not be reached.*1 waiting/);

    const offline = await coach(['leaderboard', '--period', 'all', '--json'], dir.path);
    expect(offline.code).toBe(3);
    expect(JSON.parse(offline.stdout)).toMatchObject({ source: 'cache', me: { attempts: 3 } });

    await proxy.up();
    const sent = await coach(['sync', '--json'], dir.path);
    expect(JSON.parse(sent.stdout)).toEqual({ pushed: 1, duplicates: 0, rejected: 0, pending: 0 });

    const services = await openCliServices(io());
    try {
      const [remote, local] = [
        await serviceTotals(service.url, account.email, account.password),
        await localTotals(services.db),
      ];
      expect(remote.ids).toEqual(local.ids);
      expect([remote.boardAttempts, remote.boardPoints]).toEqual([4, local.points]);
    } finally {
      await services.close();
    }
  }, 120_000);
});
