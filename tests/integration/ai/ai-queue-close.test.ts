import { afterEach, expect, it, vi } from 'vitest';
import {
  aiQueueFor,
  closeAiQueueFor,
  tuneAiForTests,
  tuneAiQueueForTests,
} from '../../../electron/main/ai/ai-for-services';
import { startFakeOpenAi } from '../../helpers/fake-openai/fake-openai-server';
import { invoker, valueOf } from '../../helpers/invoke';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

const dir = makeTempDir();
afterEach(() => {
  vi.restoreAllMocks();
  dir.remove();
});

it('stops the AI queue’s periodic pass when the services close', async () => {
  const services = await startTestServices(dir.path);
  tuneAiForTests(services, { timeoutMs: 500, retry: { attempts: 1, baseMs: 1, capMs: 1 } });
  tuneAiQueueForTests(services, { intervalMs: 20 });
  const invoke = invoker(services);
  const fake = await startFakeOpenAi();
  valueOf(
    await invoke('settings:update', {
      ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'fake-model' },
    }),
  );
  await fake.close();
  // Asked for offline: a job waits and the queue's timer runs.
  await invoke('ai:generate-questions', { category: 'behavioral', count: 1 });
  expect(valueOf(await invoke('ai:queue', {}))).toHaveLength(1);

  const errors = vi.spyOn(console, 'error');
  await services.close();
  // A timer left running would make passes against the closed database, each logged as a failure.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(errors.mock.calls.filter(([first]) => String(first).includes('[ai] queue pass failed'))).toEqual([]);
});

it('cuts the job in progress short when the services close: no more model requests, the job waits again', async () => {
  const services = await startTestServices(dir.path);
  tuneAiForTests(services, { timeoutMs: 5000, retry: { attempts: 1, baseMs: 1, capMs: 1 } });
  const fake = await startFakeOpenAi();
  try {
    // Each reply takes a second and is never valid, so each job would ask twice.
    fake.respondWith(() => ({ kind: 'content', content: 'not json', delayMs: 1000 }));
    valueOf(
      await invoker(services)('settings:update', {
        ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'fake-model' },
      }),
    );
    const queue = aiQueueFor(services);
    for (const count of [1, 2, 3]) {
      await queue.enqueue({
        kind: 'ai-questions',
        input: { category: 'behavioral', count, difficulty: 'medium', role: 'any' },
      });
    }
    void queue.drain();
    await expect.poll(() => fake.requests.length).toBe(1);

    const started = Date.now();
    await closeAiQueueFor(services);
    expect(Date.now() - started).toBeLessThan(500);
    const jobs = await services.db.selectFrom('jobs').select(['status', 'tries', 'last_error']).orderBy('id').execute();
    expect(jobs).toEqual([
      { status: 'queued', tries: 0, last_error: null },
      { status: 'queued', tries: 0, last_error: null },
      { status: 'queued', tries: 0, last_error: null },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(fake.requests).toHaveLength(1);
    await expect.poll(() => fake.abortedRequests()).toBe(1);
  } finally {
    await services.close();
    await fake.close();
  }
});
