import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import OpenAI from 'openai';
import { aiServiceFor, coachChatFor } from '../../electron/main/ai/ai-for-services';
import { createProvider } from '../../electron/main/ai/provider';
import { startFakeOpenAi } from '../helpers/fake-openai/fake-openai-server';
import { makeTempDir } from '../helpers/temp-dir';
import { startTestServices } from '../helpers/test-services';
import { atMost, median, round, type BenchFigure, type BenchModule } from './bench-types';

const RUNS = 30;
const TOKENS = 200;
const REPLY = 'word '.repeat(TOKENS).trim();

interface Timing {
  firstMs: number;
  totalMs: number;
}

async function timeStream(run: (onToken: () => void) => Promise<unknown>): Promise<Timing> {
  const started = performance.now();
  let firstMs = -1;
  await run(() => {
    if (firstMs < 0) firstMs = performance.now() - started;
  });
  return { firstMs, totalMs: performance.now() - started };
}

/**
 * The app's own cost on a streamed reply against the local fake server: time to first token and
 * per-token overhead of the provider and of the whole coach-chat path (context, SQLite, events)
 * over the raw SDK, and the main thread's event-loop delay while a chat streams.
 */
const bench: BenchModule = {
  name: 'ai',
  async run(): Promise<BenchFigure[]> {
    const fake = await startFakeOpenAi({ models: ['bench-model'] });
    fake.respondWith(() => ({ kind: 'content', content: REPLY, tokenSize: 5 }));
    const dir = makeTempDir('intervyou-bench-ai-');
    const services = await startTestServices(dir.path);
    try {
      services.settings.update({ ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'bench-model' } });
      const raw = new OpenAI({ apiKey: 'none', baseURL: fake.baseUrl, maxRetries: 0 });
      const provider = createProvider({ baseUrl: fake.baseUrl, model: 'bench-model', apiKey: null });
      const chat = coachChatFor(services);
      aiServiceFor(services);
      const messages = [{ role: 'user' as const, content: 'Quiz me.' }];

      const rawRun = (onToken: () => void) =>
        (async () => {
          const stream = await raw.chat.completions.create({ model: 'bench-model', messages, stream: true });
          for await (const chunk of stream) if (chunk.choices[0]?.delta?.content) onToken();
        })();
      const providerRun = (onToken: () => void) => provider.stream({ messages, onToken });
      const chatRun = (onToken: () => void) => {
        const requestId = randomUUID();
        const off = services.events.subscribe((name, payload) => {
          if (name === 'ai:chat-token' && (payload as { requestId: string }).requestId === requestId) onToken();
        });
        return chat.send({ requestId, message: 'Quiz me.' }).finally(off);
      };

      const results: Record<string, Timing[]> = { raw: [], provider: [], chat: [] };
      // Interleaved so drift in the machine's load affects all three alike; the first round warms up.
      for (let i = 0; i <= RUNS; i += 1) {
        for (const [name, run] of [
          ['raw', rawRun],
          ['provider', providerRun],
          ['chat', chatRun],
        ] as const) {
          const timing = await timeStream(run);
          if (i > 0) results[name]?.push(timing);
        }
      }
      const first = (name: string) => median((results[name] ?? []).map((t) => t.firstMs));
      const total = (name: string) => median((results[name] ?? []).map((t) => t.totalMs));

      const histogram = monitorEventLoopDelay({ resolution: 1 });
      fake.respondWith(() => ({ kind: 'content', content: 'word '.repeat(400), tokenSize: 5, delayMs: 2 }));
      histogram.enable();
      await chatRun(() => undefined);
      histogram.disable();

      return [
        { metric: 'raw SDK time to first token (median)', value: round(first('raw')), unit: 'ms' },
        atMost('provider: added time to first token', first('provider') - first('raw'), 'ms', 5),
        atMost('coach chat: added time to first token', first('chat') - first('raw'), 'ms', 5),
        atMost('provider: added time per token', ((total('provider') - total('raw')) / TOKENS) * 1000, 'µs', 100),
        atMost('coach chat: added time per token', ((total('chat') - total('raw')) / TOKENS) * 1000, 'µs', 100),
        atMost('event-loop delay p99 while a chat streams', histogram.percentile(99) / 1e6, 'ms', 20),
      ];
    } finally {
      await services.close();
      await fake.close();
      dir.remove();
    }
  },
};

export default bench;
