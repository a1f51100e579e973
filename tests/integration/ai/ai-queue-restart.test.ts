import { describe, expect, it } from 'vitest';
import { aiQueueFor, tuneAiQueueForTests } from '../../../electron/main/ai/ai-for-services';
import { useAiServices } from '../../helpers/ai-services';
import { generatedQuestion } from '../../helpers/fake-openai/replies';

describe('the AI queue after a restart', () => {
  const ai = useAiServices({ timeoutMs: 1000 });

  it('runs on its own a job the last process was cut off in the middle of', async () => {
    await ai.turnOn('fake-model');
    // The row as a process killed while it ran the job leaves it in the SQLite file.
    const at = new Date().toISOString();
    await ai.services.db
      .insertInto('jobs')
      .values({
        kind: 'ai-questions',
        payload: JSON.stringify({
          kind: 'ai-questions',
          input: { category: 'leadership', count: 1, difficulty: 'easy', role: 'any' },
        }),
        status: 'running',
        run_after: at,
        last_error: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await ai.restart();

    const { services, fake } = ai;
    tuneAiQueueForTests(services, { intervalMs: 20 });
    fake.queue({
      kind: 'content',
      content: JSON.stringify({
        questions: [generatedQuestion('Tell me about a time you took over a failing project.')],
      }),
    });
    // Start-up makes the queue; nobody presses "Run now".
    aiQueueFor(services);
    await expect.poll(() => services.db.selectFrom('jobs').select('status').execute(), { timeout: 3000 }).toEqual([]);
    const saved = await services.db.selectFrom('questions').select('text').where('source', '=', 'generated').execute();
    expect(saved).toEqual([{ text: 'Tell me about a time you took over a failing project.' }]);
    expect(fake.requests).toHaveLength(1);
  });
});
