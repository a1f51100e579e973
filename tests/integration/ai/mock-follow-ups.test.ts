import { beforeEach, describe, expect, it } from 'vitest';
import { valueOf } from '../../helpers/invoke';
import { useAiServices } from '../../helpers/ai-services';

const ANSWER =
  'Our migration to Postgres was two weeks late because we underestimated the data clean-up. I split the work, added a daily check-in and we finished with zero data loss.';
const FOLLOW_UP = 'You said the migration was late — what did you change in how you plan afterwards?';

describe('follow-up questions in a mock interview', () => {
  const ai = useAiServices({ fake: { models: ['llama3.1:8b'] }, timeoutMs: 2000 });
  beforeEach(async () => {
    ai.fake.respondWith(() => ({
      kind: 'content',
      content: JSON.stringify({ question: FOLLOW_UP, keyPoints: ['Names the planning change', 'Shows the result'] }),
    }));
    await ai.turnOn('llama3.1:8b');
  });

  it('asks one follow-up after each answer, graded like the rest, never a follow-up of a follow-up', async () => {
    const session = valueOf(
      await ai.invoke('mock:start', {
        mix: { kind: 'categories', categories: ['behavioral'] },
        count: 2,
        followUps: true,
      }),
    );
    const first = session.questions[0]!;
    const afterFirst = valueOf(
      await ai.invoke('mock:answer', { sessionId: session.id, index: first.index, answerText: ANSWER }),
    );
    expect(afterFirst.questions).toHaveLength(3);
    const followUp = afterFirst.questions[1]!;
    expect(followUp).toMatchObject({ text: FOLLOW_UP, followUpOf: first.index, category: first.category });
    expect(afterFirst.currentIndex).toBe(1);
    expect(JSON.stringify(ai.fake.requests.at(-1)?.body?.messages)).toContain('underestimated the data clean-up');

    const afterFollowUp = valueOf(
      await ai.invoke('mock:answer', {
        sessionId: session.id,
        index: followUp.index,
        answerText: 'I now add a data clean-up spike to every migration plan, and the next one shipped on time.',
      }),
    );
    expect(afterFollowUp.questions).toHaveLength(3);
    expect(ai.fake.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(1);

    const report = valueOf(await ai.invoke('mock:finish', { sessionId: session.id }));
    const graded = report.questions.find((q) => q.questionText === FOLLOW_UP);
    expect(graded?.status).toBe('answered');
    expect(graded?.overall).toBeGreaterThan(0);
    const attempt = valueOf(await ai.invoke('attempts:get', { id: graded!.attemptId! }));
    expect(attempt.evaluation?.keyPoints.map((k) => k.text)).toEqual(['Names the planning change', 'Shows the result']);
  }, 120_000);

  it('carries on without a follow-up when the model fails', async () => {
    ai.fake.respondWith(() => ({ kind: 'status', status: 500 }));
    const session = valueOf(
      await ai.invoke('mock:start', {
        mix: { kind: 'categories', categories: ['behavioral'] },
        count: 2,
        followUps: true,
      }),
    );
    const after = valueOf(
      await ai.invoke('mock:answer', { sessionId: session.id, index: session.questions[0]!.index, answerText: ANSWER }),
    );
    expect(after.questions).toHaveLength(2);
    expect(after.currentIndex).toBe(1);
  }, 120_000);

  it('asks none when the mock was set up without follow-ups', async () => {
    const session = valueOf(
      await ai.invoke('mock:start', { mix: { kind: 'categories', categories: ['behavioral'] }, count: 2 }),
    );
    const after = valueOf(
      await ai.invoke('mock:answer', { sessionId: session.id, index: session.questions[0]!.index, answerText: ANSWER }),
    );
    expect(after.questions).toHaveLength(2);
    expect(ai.fake.requests).toHaveLength(0);
  }, 120_000);
});
