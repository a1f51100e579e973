import { afterEach, beforeEach } from 'vitest';
import { tuneAiForTests } from '../../electron/main/ai/ai-for-services';
import type { RetryPolicy } from '../../electron/main/ai/retry';
import type { MainServices } from '../../electron/main/services';
import { startFakeOpenAi, type FakeOpenAi, type FakeOpenAiOptions } from './fake-openai/fake-openai-server';
import { invoker, valueOf } from './invoke';
import { makeTempDir } from './temp-dir';
import { startTestServices } from './test-services';

export interface AiServicesOptions {
  /** The fake OpenAI-compatible server's set-up (key, models, transcript…). */
  fake?: FakeOpenAiOptions;
  timeoutMs: number;
  /** Default: one attempt, no waiting. */
  retry?: RetryPolicy;
}

export interface AiServices {
  readonly dir: { path: string; remove(): void };
  readonly services: MainServices;
  readonly fake: FakeOpenAi;
  readonly invoke: ReturnType<typeof invoker>;
  /** Settings → AI: this model on the fake server (an OpenAI-compatible local server, no key). */
  turnOn(model: string): Promise<void>;
  /** Closes the services and starts new ones on the same data folder, as a restart of the app does. */
  restart(): Promise<void>;
  /** Starts a new fake server in place of one the test closed (e.g. on the same port). */
  replaceFake(options: FakeOpenAiOptions): Promise<void>;
}

/**
 * Call inside a describe(): before each test, fresh main-process services on a fresh data folder
 * and a fake OpenAI-compatible server on loopback; after it, both closed and the folder removed.
 */
type Running = Pick<AiServices, 'dir' | 'services' | 'fake' | 'invoke'>;

export function useAiServices(options: AiServicesOptions): AiServices {
  let current: Running | undefined;

  const startServices = async (dirPath: string): Promise<MainServices> => {
    const services = await startTestServices(dirPath);
    tuneAiForTests(services, {
      timeoutMs: options.timeoutMs,
      retry: options.retry ?? { attempts: 1, baseMs: 1, capMs: 1 },
    });
    return services;
  };

  beforeEach(async () => {
    const dir = makeTempDir();
    const services = await startServices(dir.path);
    const fake = await startFakeOpenAi(options.fake);
    current = { dir, services, fake, invoke: invoker(services) };
  });
  afterEach(async () => {
    await current?.fake.close();
    await current?.services.close();
    current?.dir.remove();
    current = undefined;
  });

  const now = (): Running => {
    if (!current) throw new Error('useAiServices: the services run only inside a test');
    return current;
  };
  return {
    get dir() {
      return now().dir;
    },
    get services() {
      return now().services;
    },
    get fake() {
      return now().fake;
    },
    get invoke() {
      return now().invoke;
    },
    turnOn: async (model) => {
      const { invoke, fake } = now();
      valueOf(await invoke('settings:update', { ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model } }));
    },
    restart: async () => {
      const running = now();
      await running.services.close();
      const services = await startServices(running.dir.path);
      current = { ...running, services, invoke: invoker(services) };
    },
    replaceFake: async (fakeOptions) => {
      current = { ...now(), fake: await startFakeOpenAi(fakeOptions) };
    },
  };
}
