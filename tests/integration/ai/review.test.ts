import { beforeEach, describe, expect, it } from 'vitest';
import { insertAttempts, attemptRow } from '../../helpers/attempts';
import { reviewJson } from '../../helpers/fake-openai/replies';
import { valueOf } from '../../helpers/invoke';
import { useAiServices } from '../../helpers/ai-services';

const ANSWER =
  'I disagreed with our lead about skipping load tests. I ran a one-hour test on staging, found the pool capped at 20 connections, and we fixed it before launch.';

describe('AI review of an answer', () => {
  const attemptId = 'attempt-review-1';

  const ai = useAiServices({ timeoutMs: 500, retry: { attempts: 2, baseMs: 5, capMs: 10 } });
  beforeEach(async () => {
    await insertAttempts(ai.services.db, [attemptRow({ id: attemptId, answer_text: ANSWER, overall: 64 })]);
  });

  const turnOn = () => ai.turnOn('fake-model');

  it('with AI off, says so and sends nothing', async () => {
    const result = await ai.invoke('ai:review-attempt', { attemptId });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toEqual({ code: 'UNAVAILABLE', message: 'AI is turned off in Settings → AI.' });
    expect(ai.fake.requests).toHaveLength(0);
  });

  it('stores a rubric review with only real quotes; the recorded score stays the local one', async () => {
    await turnOn();
    ai.fake.queue({
      kind: 'content',
      content: reviewJson({
        evidence: ['ran a one-hour test on staging', 'I reduced costs by 90%'],
        marks: [5, 4, 4, 5, 3, 4],
      }),
    });
    const review = valueOf(await ai.invoke('ai:review-attempt', { attemptId }));
    expect(review.rubric.map((line) => line.criterion)).toEqual([
      'relevance',
      'correctness',
      'structure',
      'specifics',
      'impact',
      'communication',
    ]);
    expect(review.rubric.every((line) => line.evidence.join('|') === 'ran a one-hour test on staging')).toBe(true);
    expect(review.droppedQuotes).toBe(6);
    expect(review.score).toBe(79);
    expect(review.nextSteps).toHaveLength(3);
    expect(review.model).toBe('fake-model');

    // The prompt carries the question and the answer text, nothing else of the user's.
    const sent = JSON.stringify(ai.fake.requests[0]?.body?.messages);
    expect(sent).toContain('pool capped at 20 connections');

    expect(valueOf(await ai.invoke('ai:get-review', { attemptId }))).toEqual(review);
    const attempt = valueOf(await ai.invoke('attempts:get', { id: attemptId }));
    expect(attempt.overall).toBe(64);
    const usage = valueOf(await ai.invoke('ai:usage', {}));
    expect(usage.requests).toBe(1);
    expect(usage.completionTokens).toBeGreaterThan(0);
  });

  it('saves nothing when the model twice replies with a missing field', async () => {
    await turnOn();
    const broken = JSON.parse(reviewJson({ evidence: [] })) as Record<string, unknown>;
    delete broken.improvedAnswer;
    ai.fake.queue(
      { kind: 'content', content: JSON.stringify(broken) },
      { kind: 'content', content: JSON.stringify(broken) },
    );
    const result = await ai.invoke('ai:review-attempt', { attemptId });
    expect(!result.ok && result.error.message).toMatch(/improvedAnswer.*nothing was saved/);
    expect(valueOf(await ai.invoke('ai:get-review', { attemptId }))).toBeNull();
  });

  it('keeps an earlier review when a later request fails with 500s', async () => {
    await turnOn();
    ai.fake.queue({ kind: 'content', content: reviewJson({ evidence: [] }) });
    const first = valueOf(await ai.invoke('ai:review-attempt', { attemptId }));
    ai.fake.queue({ kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    const again = await ai.invoke('ai:review-attempt', { attemptId });
    expect(!again.ok && again.error.message).toMatch(/The AI server failed \(500/);
    expect(valueOf(await ai.invoke('ai:get-review', { attemptId }))).toEqual(first);
  });

  it('goes when its attempt is deleted', async () => {
    await turnOn();
    ai.fake.queue({ kind: 'content', content: reviewJson({ evidence: [] }) });
    valueOf(await ai.invoke('ai:review-attempt', { attemptId }));
    await ai.services.db.deleteFrom('attempts').where('id', '=', attemptId).execute();
    expect(valueOf(await ai.invoke('ai:get-review', { attemptId }))).toBeNull();
  });
});

describe('AI review asked for while the provider is away', () => {
  const ai = useAiServices({ timeoutMs: 500 });
  const attemptId = 'attempt-queued-1';

  beforeEach(async () => {
    await insertAttempts(ai.services.db, [attemptRow({ id: attemptId, answer_text: ANSWER })]);
  });

  it('waits in the durable queue, survives a restart, and runs once the server is reachable', async () => {
    const baseUrl = ai.fake.baseUrl;
    valueOf(
      await ai.invoke('settings:update', { ai: { provider: 'openai-compatible', baseUrl, model: 'fake-model' } }),
    );
    await ai.fake.close();
    const result = await ai.invoke('ai:review-attempt', { attemptId });
    expect(!result.ok && result.error.message).toMatch(/Could not reach.*The review is queued/);
    // Asked twice: still one job.
    await ai.invoke('ai:review-attempt', { attemptId });
    const waiting = valueOf(await ai.invoke('ai:queue', {}));
    expect(waiting).toMatchObject([
      { kind: 'ai-review', attemptId, status: 'waiting', label: 'AI review of an answer' },
    ]);

    // A restart: the queue is in SQLite.
    await ai.restart();
    expect(valueOf(await ai.invoke('ai:queue', {}))).toHaveLength(1);

    // The server is back on the same address; the queue runs and the review is stored.
    await ai.replaceFake({ port: Number(new URL(baseUrl).port) });
    ai.fake.queue({ kind: 'content', content: reviewJson({ evidence: ['ran a one-hour test on staging'] }) });
    expect(valueOf(await ai.invoke('ai:queue-run', {}))).toEqual([]);
    const review = valueOf(await ai.invoke('ai:get-review', { attemptId }));
    expect(review?.rubric[0]?.evidence).toEqual(['ran a one-hour test on staging']);
  });

  it('marks a job failed when waiting will not help (the answer was deleted)', async () => {
    await ai.turnOn('fake-model');
    const baseUrl = ai.fake.baseUrl;
    await ai.fake.close();
    await ai.invoke('ai:review-attempt', { attemptId });
    await ai.services.db.deleteFrom('attempts').where('id', '=', attemptId).execute();
    await ai.replaceFake({ port: Number(new URL(baseUrl).port) });
    const after = valueOf(await ai.invoke('ai:queue-run', {}));
    expect(after).toMatchObject([{ status: 'failed', lastError: 'That answer no longer exists.' }]);
  });
});
