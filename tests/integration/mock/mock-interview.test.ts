import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../electron/main/ipc/dispatcher';
import { createHandlers } from '../../../electron/main/ipc/registry';
import { shutdownAnalysisWorkers } from '../../../electron/main/media/analysis-client';
import type { MainServices } from '../../../electron/main/services';
import type { MockReport, MockSessionView } from '../../../shared/ipc/channels/mock';
import { contract } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { SpeechFixture } from '../../fixtures/speech/generate';
import { answerFixture, audioOnlyWebm, chunksOf } from '../../helpers/media-fixtures';
import { recordFile } from '../../helpers/media-services';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

const GOOD_ANSWER =
  'In my last role our release process kept slipping, so I took ownership of it. The situation was that three teams shipped on different days. ' +
  'My task was to agree one weekly release train. I interviewed each lead, wrote a short proposal with the numbers, and ran a two week trial. ' +
  'As a result, failed releases dropped from six a month to one, and the teams kept the process after the trial.';

let fixture: SpeechFixture;
beforeAll(async () => {
  fixture = await answerFixture();
}, 120_000);
afterAll(() => shutdownAnalysisWorkers());

describe('mock interviews through the contract, on a real data folder', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  let dispatcher: Dispatcher;

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = (await dispatcher.dispatch(channel, input, { origin: 'test' })) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }
  async function fails(channel: string, input: unknown): Promise<{ code: string; message: string }> {
    const result = await dispatcher.dispatch(channel, input, { origin: 'test' });
    if (result.ok) throw new Error(`${channel} succeeded`);
    return result.error;
  }
  function connect(): void {
    dispatcher = createDispatcher({ contract, handlers: createHandlers(services), trustedOrigins: ['test'] });
  }

  beforeEach(async () => {
    dir = makeTempDir();
    services = await startTestServices(dir.path);
    connect();
  });
  afterEach(async () => {
    await services.close();
    dir.remove();
  });

  it('runs a five-question text mock to a report, and compares the next one with it', async () => {
    const session = await call<MockSessionView>('mock:start', {
      mix: { kind: 'categories', categories: ['behavioral', 'leadership', 'hr-general'] },
      mode: 'text',
    });
    expect(session.questions).toHaveLength(5);
    expect(session.config).toMatchObject({ count: 5, prepSec: 30, answerSec: 120, mode: 'text' });
    expect(new Set(session.questions.map((q) => q.category))).toEqual(
      new Set(['behavioral', 'leadership', 'hr-general']),
    );
    let view = session;
    for (const q of session.questions) {
      view = await call<MockSessionView>('mock:answer', {
        sessionId: session.id,
        index: q.index,
        answerText: q.index === 2 ? 'I am not sure, maybe I would ask someone.' : GOOD_ANSWER,
        durationSec: 75,
      });
    }
    expect(view.currentIndex).toBe(5);
    const stored = await services.db.selectFrom('attempts').select(['session_id', 'mode']).execute();
    expect(stored).toHaveLength(5);
    expect(stored.every((a) => a.session_id === session.id && a.mode === 'text')).toBe(true);

    const report = await call<MockReport>('mock:finish', { sessionId: session.id });
    expect(report.session.status).toBe('completed');
    expect(report.answered).toBe(5);
    expect(report.weakestIndex).toBe(2);
    expect(report.strongestIndex).not.toBe(2);
    expect(report.total).toBe(Math.round((report.questions.reduce((s, q) => s + (q.overall ?? 0), 0) / 5) * 10) / 10);
    expect(report.skipped).toBe(0);
    expect(report.questions[0]?.feedback.length).toBeGreaterThan(0);
    expect(report.comparison.verdict).toBe('first');
    expect(report.practiseNext.length).toBeGreaterThan(0);
    // Finishing twice returns the same report rather than an error.
    expect((await call<MockReport>('mock:finish', { sessionId: session.id })).total).toBe(report.total);

    const second = await call<MockSessionView>('mock:start', {
      mix: { kind: 'role', role: 'software-engineer' },
      count: 2,
      mode: 'text',
      prepSec: 0,
    });
    for (const q of second.questions)
      await call('mock:answer', { sessionId: second.id, index: q.index, answerText: GOOD_ANSWER });
    const again = await call<MockReport>('mock:finish', { sessionId: second.id });
    expect(again.comparison).toMatchObject({ count: 1, previousTotal: report.total });
    expect(['better', 'worse', 'same']).toContain(again.comparison.verdict);

    const history = await call<Array<{ id: string; total: number }>>('mock:history', {});
    expect(history.map((h) => h.id)).toEqual([second.id, session.id]);
    const options = await call<{ lastConfig: { mix: { kind: string } } | null }>('mock:options', {});
    expect(options.lastConfig?.mix.kind).toBe('role');
  }, 180_000);

  it('survives an app restart mid-interview: the unfinished mock can be resumed, or discarded', async () => {
    const session = await call<MockSessionView>('mock:start', {
      mix: { kind: 'categories', categories: ['conflict'] },
      count: 3,
    });
    await call('mock:answer', { sessionId: session.id, index: 0, answerText: GOOD_ANSWER });
    await services.close();
    services = await startTestServices(dir.path);
    connect();

    const active = await call<MockSessionView | null>('mock:active', {});
    expect(active).toMatchObject({ id: session.id, currentIndex: 1, status: 'active' });
    expect(active?.questions.map((q) => q.questionId)).toEqual(session.questions.map((q) => q.questionId));
    expect((await fails('mock:start', { mix: { kind: 'categories', categories: ['sales'] } })).code).toBe('CONFLICT');

    expect(await call('mock:discard', { sessionId: session.id })).toEqual({ discarded: true });
    expect(await call('mock:active', {})).toBeNull();
    // The answer already given stays in the history.
    expect(await services.db.selectFrom('attempts').select('id').execute()).toHaveLength(1);
    expect((await fails('mock:answer', { sessionId: session.id, index: 1, answerText: GOOD_ANSWER })).code).toBe(
      'CONFLICT',
    );
  });

  it('takes answers in order, ignores a repeated one, and refuses what cannot be graded', async () => {
    const session = await call<MockSessionView>('mock:start', {
      mix: { kind: 'categories', categories: ['teamwork'] },
      count: 3,
    });
    expect((await fails('mock:answer', { sessionId: session.id, index: 1, answerText: GOOD_ANSWER })).code).toBe(
      'CONFLICT',
    );
    const empty = await fails('mock:answer', { sessionId: session.id, index: 0, answerText: '   ' });
    expect(empty).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/empty/) });
    await call('mock:answer', { sessionId: session.id, index: 0, answerText: GOOD_ANSWER });
    const repeated = await call<MockSessionView>('mock:answer', {
      sessionId: session.id,
      index: 0,
      answerText: GOOD_ANSWER,
    });
    expect(repeated.answers).toHaveLength(1);
    expect(await services.db.selectFrom('attempts').select('id').execute()).toHaveLength(1);
  });

  it('counts skipped and unanswered questions as skipped, not answered and not zeros in the total', async () => {
    const session = await call<MockSessionView>('mock:start', {
      mix: { kind: 'categories', categories: ['sales'] },
      count: 4,
    });
    await call('mock:answer', { sessionId: session.id, index: 0, answerText: GOOD_ANSWER });
    await call('mock:answer', { sessionId: session.id, index: 1, skip: true });
    const open = await call<MockSessionView>('mock:active', {});
    expect(open.answers.map((a) => a.status)).toEqual(['answered', 'skipped']);
    const report = await call<MockReport>('mock:finish', { sessionId: session.id });
    expect(report).toMatchObject({ answered: 1, skipped: 3 });
    expect(report.total).toBe(report.questions[0]?.overall);
    const [listed] = await call<Array<{ total: number | null; answered: number }>>('mock:history', {});
    expect(listed).toMatchObject({ total: report.total, answered: 1 });
    expect(report.practiseNext.some((p) => p.kind === 'question')).toBe(true);
  });

  it('says so when the chosen mix has no questions', async () => {
    await services.db.updateTable('questions').set({ archived: 1 }).where('category', '=', 'product').execute();
    const error = await fails('mock:start', { mix: { kind: 'categories', categories: ['product'] } });
    expect(error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/no questions for this mix/) });
  });

  it('rejects a bad set-up with a message naming the field', async () => {
    expect(await fails('mock:start', { mix: { kind: 'categories', categories: [] } })).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/at least one category/i),
    });
    expect(await fails('mock:start', { mix: { kind: 'role', role: 'astronaut' } })).toMatchObject({
      code: 'BAD_INPUT',
    });
    expect(await fails('mock:start', { mix: { kind: 'role', role: 'designer' }, answerSec: 5 })).toMatchObject({
      message: expect.stringMatching(/30 seconds/),
    });
  });

  it('scores a recorded answer with its notes and voice, in the mock’s session, and can fall back to text', async () => {
    const session = await call<MockSessionView>('mock:start', {
      mix: { kind: 'categories', categories: ['behavioral'] },
      count: 2,
      mode: 'audio',
    });
    const recordingId = await recordFile(services, chunksOf(await audioOnlyWebm(fixture)), 'audio');
    // Processing is the recording pipeline's job; this test needs it to have worked.
    const processed = await services.media.get(recordingId);
    expect({ status: processed.status, error: processed.error, analysed: processed.review !== null }).toEqual({
      status: 'ready',
      error: null,
      analysed: true,
    });
    const noNotes = await fails('mock:answer', { sessionId: session.id, index: 0, recordingId, answerText: '' });
    expect(noNotes).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/Type a few words about what you said/),
    });
    await call('mock:answer', { sessionId: session.id, index: 0, recordingId, answerText: GOOD_ANSWER });
    const attempt = await services.db
      .selectFrom('attempts')
      .selectAll()
      .where('recording_id', '=', recordingId)
      .executeTakeFirstOrThrow();
    expect(attempt).toMatchObject({ mode: 'audio', session_id: session.id });
    expect(attempt.delivery_score).not.toBeNull();
    expect((await services.media.get(recordingId)).attemptId).toBe(attempt.id);

    // No microphone for the second question: the rest of the mock continues typed.
    const switched = await call<MockSessionView>('mock:switch-to-text', { sessionId: session.id });
    expect(switched.config.mode).toBe('text');
    await call('mock:answer', { sessionId: session.id, index: 1, answerText: GOOD_ANSWER });
    const report = await call<MockReport>('mock:finish', { sessionId: session.id });
    expect(report.answered).toBe(2);
    expect(report.subskills.delivery).not.toBeNull();
  });
});
