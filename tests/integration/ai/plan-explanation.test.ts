import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tuneAiForTests } from '../../../electron/main/ai/ai-for-services';
import type { MainServices } from '../../../electron/main/services';
import { attemptRow, insertAttempts } from '../../helpers/attempts';
import { startFakeOpenAi, type FakeOpenAi } from '../../helpers/fake-openai/fake-openai-server';
import { invoker, valueOf } from '../../helpers/invoke';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

describe('AI explanation of an advisor plan', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  let fake: FakeOpenAi;
  let invoke: ReturnType<typeof invoker>;
  let planId: string;

  beforeEach(async () => {
    dir = makeTempDir();
    services = await startTestServices(dir.path);
    tuneAiForTests(services, { timeoutMs: 1000, retry: { attempts: 1, baseMs: 1, capMs: 1 } });
    fake = await startFakeOpenAi({ models: ['llama3.1:8b'] });
    invoke = invoker(services);
    const pick = (category: string) =>
      services.db
        .selectFrom('questions')
        .select(['id', 'category'])
        .where('category', '=', category)
        .limit(3)
        .execute();
    const questions = [...(await pick('system-design')), ...(await pick('conflict'))];
    await insertAttempts(
      services.db,
      questions.map((q, i) =>
        attemptRow({ question_id: q.id, category: q.category, overall: q.category === 'system-design' ? 35 + i : 80 }),
      ),
    );
    planId = valueOf(await invoke('advisor:start-plan', { kind: 'weak-areas' })).plan.id;
  });
  afterEach(async () => {
    await fake.close();
    await services.close();
    dir.remove();
  });

  it('with AI off the plan is unchanged and nothing is sent', async () => {
    const result = await invoke('ai:explain-plan', { planId });
    expect(result.ok).toBe(false);
    expect(fake.requests).toHaveLength(0);
  });

  it('writes a short explanation from the plan and the score summaries only', async () => {
    valueOf(
      await invoke('settings:update', {
        ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'llama3.1:8b' },
      }),
    );
    fake.queue({
      kind: 'content',
      content: '  System design is where your scores are lowest, so this plan starts there.  ',
    });
    const result = valueOf(await invoke('ai:explain-plan', { planId }));
    expect(result).toEqual({
      text: 'System design is where your scores are lowest, so this plan starts there.',
      model: 'llama3.1:8b',
    });
    const sent = JSON.stringify(fake.requests[0]?.body?.messages);
    expect(sent).toContain('system-design');
    expect(sent).not.toContain('In my last role I');
  });
});
