import { afterEach, expect, it, vi } from 'vitest';
import { tuneAiForTests, tuneAiQueueForTests } from '../../../electron/main/ai/ai-for-services';
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
