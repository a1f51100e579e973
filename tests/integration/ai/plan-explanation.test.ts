import { beforeEach, describe, expect, it } from 'vitest';
import { attemptRow, insertAttempts } from '../../helpers/attempts';
import { valueOf } from '../../helpers/invoke';
import { useAiServices } from '../../helpers/ai-services';

describe('AI explanation of an advisor plan', () => {
  let planId: string;

  const ai = useAiServices({ fake: { models: ['llama3.1:8b'] }, timeoutMs: 1000 });
  beforeEach(async () => {
    const pick = (category: string) =>
      ai.services.db
        .selectFrom('questions')
        .select(['id', 'category'])
        .where('category', '=', category)
        .limit(3)
        .execute();
    const questions = [...(await pick('system-design')), ...(await pick('conflict'))];
    await insertAttempts(
      ai.services.db,
      questions.map((q, i) =>
        attemptRow({ question_id: q.id, category: q.category, overall: q.category === 'system-design' ? 35 + i : 80 }),
      ),
    );
    planId = valueOf(await ai.invoke('advisor:start-plan', { kind: 'weak-areas' })).plan.id;
  });

  it('with AI off the plan is unchanged and nothing is sent', async () => {
    const result = await ai.invoke('ai:explain-plan', { planId });
    expect(result.ok).toBe(false);
    expect(ai.fake.requests).toHaveLength(0);
  });

  it('writes a short explanation from the plan and the score summaries only', async () => {
    await ai.turnOn('llama3.1:8b');
    ai.fake.queue({
      kind: 'content',
      content: '  System design is where your scores are lowest, so this plan starts there.  ',
    });
    const result = valueOf(await ai.invoke('ai:explain-plan', { planId }));
    expect(result).toEqual({
      text: 'System design is where your scores are lowest, so this plan starts there.',
      model: 'llama3.1:8b',
    });
    const sent = JSON.stringify(ai.fake.requests[0]?.body?.messages);
    expect(sent).toContain('system-design');
    expect(sent).not.toContain('In my last role I');
  });
});
