import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { MAX_ANSWER_CHARS } from '../../../shared/domain/evaluator';
import { localDay } from '../../../shared/domain/stats/local-day';
import { SyncAttempt } from '../../../shared/sync/attempt';
import { AppError } from '../../../shared/ipc/result';
import { createAttemptService, type AttemptService } from '../../../electron/main/attempts/attempt-service';
import { sharedLocalEvaluator } from '../../../electron/main/attempts/shared-evaluator';
import type { MainServices } from '../../../electron/main/services';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

const STRONG =
  'In my last role as a support lead, our team missed its response-time target for three months because tickets arrived from email, chat and Slack. ' +
  'My task was to get first responses under four hours. I set up a single Zendesk queue, wrote a triage guide, and ran a weekly review of the oldest tickets. ' +
  'As a result, median first response fell from 9 hours to 3 hours within six weeks, and customer satisfaction rose from 82% to 91%. ' +
  'I learned to make the work visible before asking people to change how they handle it.';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('attempt service on a real database file', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  let attempts: AttemptService;
  const at = new Date('2026-11-20T22:30:00.000Z');

  beforeAll(async () => {
    await sharedLocalEvaluator().init(); // seconds of WASM compile, once per test file
  }, 120_000);
  afterAll(async () => sharedLocalEvaluator().dispose());

  beforeEach(async () => {
    dir = makeTempDir();
    services = await startTestServices(dir.path, () => at);
    attempts = createAttemptService(services);
  });
  afterEach(async () => {
    await services.close();
    dir.remove();
  });

  const count = async (table: 'attempts' | 'outbox') =>
    Number((await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(services.db)).rows[0]?.n);

  it('grades a bank question against its key points and stores the attempt with every score', async () => {
    const events: string[] = [];
    services.events.subscribe((name, payload) => events.push(`${name}:${JSON.stringify(payload)}`));
    const detail = await attempts.submit({
      questionId: 'beh-001',
      questionText: 'Tell me about a time you had to learn a new skill quickly.',
      category: 'behavioral',
      mode: 'text',
      answerText: STRONG,
      durationSec: 95,
    });

    expect(detail.evaluation?.keyPoints.map((k) => k.text)).toContain('Gives a concrete outcome of the learning');
    const row = await services.db
      .selectFrom('attempts')
      .selectAll()
      .where('id', '=', detail.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      question_id: 'beh-001',
      category: 'behavioral',
      mode: 'text',
      answer_text: STRONG,
      duration_sec: 95,
      overall: detail.overall,
      content_score: detail.subscores.content,
      structure_score: detail.subscores.structure,
      language_score: detail.subscores.language,
      delivery_score: null,
      evaluator_kind: 'local',
      local_day: localDay(at),
      created_at: at.toISOString(),
    });
    expect(row.evaluator_version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(JSON.parse(row.evaluation)).toEqual(detail.evaluation);
    expect(events).toContain('data:changed:{"scope":"attempts"}');
    expect(detail.notice).toBeNull();
    // Typing time is kept with the attempt but is not speaking time, so it is not graded as pace.
    expect(detail.evaluation?.metrics.durationSec).toBeNull();
    expect(detail.evaluation?.metrics.wpm).toBeNull();
  });

  it('grades the duration of a spoken answer as speaking time', async () => {
    const detail = await attempts.submit({
      questionId: 'beh-001',
      questionText: 'Learning question',
      category: 'behavioral',
      mode: 'audio',
      answerText: STRONG,
      durationSec: 40,
    });
    expect(detail.evaluation?.metrics.durationSec).toBe(40);
    expect(detail.evaluation?.metrics.wpm).toBeGreaterThan(100);
  });

  it('writes the score-only sync item to the outbox with the attempt', async () => {
    const detail = await attempts.submit({
      questionId: 'beh-001',
      questionText: 'Learning question',
      category: 'behavioral',
      mode: 'text',
      answerText: STRONG,
      durationSec: 61.6,
    });
    const outbox = await services.db.selectFrom('outbox').selectAll().execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ entity: 'attempt', entity_id: detail.id, op: 'upsert' });
    const payload = SyncAttempt.parse(JSON.parse(outbox[0]?.payload ?? '{}'));
    expect(payload).toEqual({
      id: detail.id,
      questionId: 'beh-001',
      category: 'behavioral',
      score: detail.overall,
      mode: 'text',
      durationSec: 62,
      completedAt: at.toISOString(),
    });
    expect(outbox[0]?.payload).not.toContain('Zendesk'); // never the answer text
  });

  it('gives a free-text question a stable sync id from its wording', async () => {
    const first = await attempts.submit({
      questionText: 'How do you handle a customer who is angry?',
      category: 'customer-service',
      mode: 'text',
      answerText: STRONG,
    });
    const second = await attempts.submit({
      questionText: '  how do you handle a customer who is angry?',
      category: 'customer-service',
      mode: 'text',
      answerText: STRONG,
    });
    const payloads = (await services.db.selectFrom('outbox').select('payload').orderBy('id').execute()).map((r) =>
      SyncAttempt.parse(JSON.parse(r.payload)),
    );
    expect(payloads[0]?.questionId).toMatch(/^free:[0-9a-f]{16}$/);
    expect(payloads[1]?.questionId).toBe(payloads[0]?.questionId);
    expect(first.questionId).toBeNull();
    expect(second.id).not.toBe(first.id);
  });

  it('rolls the attempt back when its outbox row cannot be written', async () => {
    await sql
      .raw(`CREATE TRIGGER outbox_broken BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'outbox is broken'); END`)
      .execute(services.db);
    await expect(
      attempts.submit({
        questionId: 'beh-001',
        questionText: 'Learning question',
        category: 'behavioral',
        mode: 'text',
        answerText: STRONG,
      }),
    ).rejects.toThrow(/outbox is broken/);
    expect(await count('attempts')).toBe(0);
    expect(await services.db.selectFrom('attempt_days').selectAll().execute()).toEqual([]);
  });

  it.each([
    ['an empty answer', '', /empty/i],
    ['a whitespace-only answer', '   \n\t  ', /empty/i],
    ['an emoji-only answer', '😀🚀👍 🎉', /no words/i],
    [
      'a non-English answer',
      'Je pense que la communication est très importante dans une équipe, et nous avons travaillé ensemble pour résoudre le problème avec les clients.',
      /English/,
    ],
  ])('refuses %s with a clear message and stores nothing', async (_name, answerText, message) => {
    const error = await rejection(
      attempts.submit({
        questionId: 'beh-001',
        questionText: 'Learning question',
        category: 'behavioral',
        mode: 'text',
        answerText,
      }),
    );
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(message);
    expect(await count('attempts')).toBe(0);
    expect(await count('outbox')).toBe(0);
  });

  it('cuts a 50,000-character paste to the evaluator limit at a sentence end and says so', async () => {
    const sentence = 'I reduced the backlog by 40% in two months by triaging tickets every morning with the team. ';
    const paste = sentence.repeat(Math.ceil(50_000 / sentence.length)).slice(0, 50_000);
    const detail = await attempts.submit({
      questionId: 'beh-001',
      questionText: 'Learning question',
      category: 'behavioral',
      mode: 'text',
      answerText: paste,
    });
    expect(detail.answerText.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
    expect(detail.answerText.endsWith('team.')).toBe(true);
    expect(detail.notice).toMatch(/50,000 characters/);
    const stored = await services.db.selectFrom('attempts').select('answer_text').executeTakeFirstOrThrow();
    expect(stored.answer_text).toBe(detail.answerText);
  });

  it('stores HTML in an answer verbatim, as text to be shown escaped', async () => {
    const html = `${STRONG} <script>alert("x")</script> <b>bold</b>`;
    const detail = await attempts.submit({
      questionId: 'beh-001',
      questionText: 'Learning question',
      category: 'behavioral',
      mode: 'text',
      answerText: html,
    });
    expect((await attempts.get(detail.id)).answerText).toBe(html);
  });

  it('refuses an unknown question, recording or session before grading', async () => {
    for (const extra of [
      { questionId: 'zzz-999' },
      { recordingId: 'no-such-recording' },
      { sessionId: 'no-such-session' },
    ]) {
      const error = await rejection(
        attempts.submit({
          questionText: 'Learning question',
          category: 'behavioral',
          mode: 'text',
          answerText: STRONG,
          ...extra,
        }),
      );
      expect(error.code).toBe('NOT_FOUND');
    }
    expect(await count('attempts')).toBe(0);
  });

  it('lists attempts at a question newest first, for the retry comparison', async () => {
    const first = await attempts.submit({
      questionId: 'beh-001',
      questionText: 'Learning question',
      category: 'behavioral',
      mode: 'text',
      answerText: 'I learned Looker in a week by rebuilding an old report and checking it against the spreadsheet.',
    });
    const second = await attempts.submit({
      questionId: 'beh-001',
      questionText: 'Learning question',
      category: 'behavioral',
      mode: 'text',
      answerText: STRONG,
    });
    await attempts.submit({
      questionId: 'beh-002',
      questionText: 'Other question',
      category: 'behavioral',
      mode: 'text',
      answerText: STRONG,
    });
    const list = await attempts.listForQuestion('beh-001');
    expect(list.map((a) => a.id)).toEqual([second.id, first.id]);
    expect(list[0]?.subscores).toEqual(second.subscores);
    expect(second.overall).toBeGreaterThan(first.overall);
  });

  it('reports an unknown attempt as not found', async () => {
    expect((await rejection(attempts.get('nope'))).code).toBe('NOT_FOUND');
  });
});
