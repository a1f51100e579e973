import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AiError } from '../../../electron/main/ai/ai-error';
import { createProvider, type ProviderConfig } from '../../../electron/main/ai/provider';
import { completeStructured } from '../../../electron/main/ai/structured';
import { startFakeOpenAi, type FakeOpenAi } from '../../helpers/fake-openai/fake-openai-server';

let fake: FakeOpenAi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const FAST_RETRY = { attempts: 3, baseMs: 20, capMs: 100 };

async function setUp(options: Parameters<typeof startFakeOpenAi>[0] = {}, config: Partial<ProviderConfig> = {}) {
  fake = await startFakeOpenAi(options);
  const provider = createProvider({
    baseUrl: fake.baseUrl,
    model: 'fake-model',
    apiKey: options.apiKey ?? null,
    timeoutMs: 2000,
    retry: FAST_RETRY,
    ...config,
  });
  return { fake, provider };
}

async function failure(promise: Promise<unknown>): Promise<AiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AiError);
  return error as AiError;
}

const Review = z.object({ score: z.number().int().min(0).max(100), reasons: z.array(z.string()).min(1) });
const messages = [{ role: 'user' as const, content: 'Review this.' }];

describe('AI provider over real HTTP', () => {
  it('lists models and sends the key as a bearer token', async () => {
    const { provider, fake } = await setUp({ apiKey: 'sk-right', models: ['a', 'b'] }, { apiKey: 'sk-right' });
    expect(await provider.listModels()).toEqual(['a', 'b']);
    expect(fake.requests[0]?.authorization).toBe('Bearer sk-right');
  });

  it('never sends OPENAI_API_KEY from the environment to a server that needs no key', async () => {
    process.env.OPENAI_API_KEY = 'sk-from-env';
    try {
      const { provider, fake } = await setUp();
      await provider.listModels();
      expect(fake.requests[0]?.authorization).not.toContain('sk-from-env');
    } finally {
      delete process.env.OPENAI_API_KEY;
    }
  });

  it('says the key is wrong', async () => {
    const { provider } = await setUp({ apiKey: 'sk-right' }, { apiKey: 'sk-wrong' });
    const error = await failure(provider.listModels());
    expect(error.failure).toBe('bad-key');
    expect(error.message).toMatch(/refused the API key/);
    expect(error.message).not.toContain('sk-wrong');
  });

  it('says the model is unknown', async () => {
    const { provider } = await setUp({ models: ['other'] });
    const error = await failure(provider.complete({ messages }));
    expect(error.failure).toBe('unknown-model');
    expect(error.message).toContain('"fake-model"');
  });

  it('says the server is unreachable', async () => {
    const { provider, fake } = await setUp();
    await fake.close();
    const error = await failure(provider.listModels());
    expect(error.failure).toBe('unreachable');
    expect(error.message).toMatch(/Could not reach the AI server at 127\.0\.0\.1:\d+/);
  });

  it('says a web server that is not OpenAI-compatible is not', async () => {
    const { provider } = await setUp({ modelsBehaviour: 'html' });
    expect((await failure(provider.listModels())).failure).toBe('not-compatible');
  });

  it('times out a model list that never comes', async () => {
    const { provider } = await setUp({ modelsBehaviour: 'hang' }, { timeoutMs: 300 });
    expect((await failure(provider.listModels())).failure).toBe('timeout');
  });

  it('asks for the JSON schema and returns validated output with token use', async () => {
    const { provider, fake } = await setUp();
    fake.queue({ kind: 'content', content: '{"score": 72, "reasons": ["clear"]}' });
    const result = await completeStructured(provider, { name: 'review', schema: Review, messages });
    expect(result.value).toEqual({ score: 72, reasons: ['clear'] });
    expect(result.attempts).toBe(1);
    expect(result.usage.completionTokens).toBeGreaterThan(0);
    const format = fake.requests[0]?.body?.response_format as {
      type: string;
      json_schema: { name: string; schema: { required: string[] } };
    };
    expect(format.type).toBe('json_schema');
    expect(format.json_schema.name).toBe('review');
    expect(format.json_schema.schema.required).toEqual(['score', 'reasons']);
  });

  it('reads JSON inside ``` fences and with prose around it', async () => {
    const { provider, fake } = await setUp();
    fake.queue(
      { kind: 'content', content: 'Sure! Here it is:\n```json\n{"score": 50, "reasons": ["ok"]}\n```' },
      { kind: 'content', content: 'The review is {"score": 60, "reasons": ["fine"]} as requested.' },
    );
    const fenced = await completeStructured(provider, { name: 'review', schema: Review, messages });
    const prose = await completeStructured(provider, { name: 'review', schema: Review, messages });
    expect([fenced.value.score, prose.value.score]).toEqual([50, 60]);
  });

  it('retries once with the validation error after a missing field, then succeeds', async () => {
    const { provider, fake } = await setUp();
    fake.queue(
      { kind: 'content', content: '{"score": 70}' },
      { kind: 'content', content: '{"score": 70, "reasons": ["x"]}' },
    );
    const result = await completeStructured(provider, { name: 'review', schema: Review, messages });
    expect(result.attempts).toBe(2);
    const retryMessages = fake.requests[1]?.body?.messages as Array<{ role: string; content: string }>;
    expect(retryMessages.at(-1)?.content).toMatch(/not valid: reasons/);
  });

  it('fails clearly after invalid JSON twice, returning nothing', async () => {
    const { provider, fake } = await setUp();
    fake.queue({ kind: 'content', content: '{"score": 7' }, { kind: 'content', content: 'I cannot do that.' });
    const error = await failure(completeStructured(provider, { name: 'review', schema: Review, messages }));
    expect(error.failure).toBe('invalid-output');
    expect(error.message).toMatch(
      /did not have the expected shape twice \(the reply was not JSON\); nothing was saved/,
    );
    expect(fake.requests).toHaveLength(2);
  });

  it('honours Retry-After on 429 and then succeeds', async () => {
    const { provider, fake } = await setUp();
    fake.queue(
      { kind: 'status', status: 429, headers: { 'retry-after': '1' }, message: 'Slow down' },
      { kind: 'content', content: 'done' },
    );
    const started = Date.now();
    const reply = await provider.complete({ messages });
    expect(reply.text).toBe('done');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.requests).toHaveLength(2);
  });

  it('retries 500s with backoff and reports the last one', async () => {
    const { provider, fake } = await setUp();
    fake.queue(
      { kind: 'status', status: 500, message: 'boom' },
      { kind: 'status', status: 502, message: 'bad gateway' },
      { kind: 'status', status: 503, message: 'overloaded' },
    );
    const error = await failure(provider.complete({ messages }));
    expect(error.failure).toBe('server-error');
    expect(error.message).toContain('503: overloaded');
    expect(fake.requests).toHaveLength(3);
  });

  it('does not retry a 400', async () => {
    const { provider, fake } = await setUp();
    fake.queue({ kind: 'status', status: 400, message: 'response_format not supported' });
    const error = await failure(provider.complete({ messages }));
    expect(error.failure).toBe('rejected');
    expect(error.message).toContain('response_format not supported');
    expect(fake.requests).toHaveLength(1);
  });

  it('times out a reply whose body never ends', async () => {
    const { provider, fake } = await setUp({}, { timeoutMs: 300, retry: { attempts: 1, baseMs: 1, capMs: 1 } });
    fake.queue({ kind: 'hang' });
    const error = await failure(provider.complete({ messages }));
    expect(error.failure).toBe('timeout');
    expect(error.message).toMatch(/did not finish the reply in time; nothing was saved/);
  });

  it('says a 200 that is not a chat completion is not compatible', async () => {
    const { provider, fake } = await setUp();
    fake.queue({ kind: 'not-openai' });
    expect((await failure(provider.complete({ messages }))).failure).toBe('not-compatible');
  });

  it('streams tokens as they arrive, with usage', async () => {
    const { provider, fake } = await setUp();
    fake.queue({ kind: 'content', content: 'Practise the STAR method daily.', tokenSize: 5 });
    const tokens: string[] = [];
    const reply = await provider.stream({ messages, onToken: (t) => tokens.push(t) });
    expect(tokens.length).toBeGreaterThan(3);
    expect(tokens.join('')).toBe('Practise the STAR method daily.');
    expect(reply.text).toBe('Practise the STAR method daily.');
    expect(reply.usage.completionTokens).toBeGreaterThan(0);
  });

  it('reports a stream cut in the middle, keeping the tokens already shown', async () => {
    const { provider, fake } = await setUp();
    fake.queue({ kind: 'cut', content: 'one two three four five six', afterTokens: 2, tokenSize: 4 });
    const tokens: string[] = [];
    const error = await failure(provider.stream({ messages, onToken: (t) => tokens.push(t) }));
    expect(error.failure).toBe('server-error');
    expect(error.message).toMatch(/broke off mid-reply/);
    expect(tokens.join('')).toBe('one two ');
  });

  it('times out a stream that stops sending', async () => {
    const { provider, fake } = await setUp({}, { timeoutMs: 300 });
    fake.queue({ kind: 'hang' });
    expect((await failure(provider.stream({ messages, onToken: () => undefined }))).failure).toBe('timeout');
  });

  it('a slow stream is not a timeout while tokens keep coming', async () => {
    const { provider, fake } = await setUp({}, { timeoutMs: 300 });
    fake.queue({ kind: 'content', content: 'a slow but steady reply', tokenSize: 3, delayMs: 100 });
    const reply = await provider.stream({ messages, onToken: () => undefined });
    expect(reply.text).toBe('a slow but steady reply');
  });

  it('cancels a stream: the request ends on the server too', async () => {
    const { provider, fake } = await setUp();
    fake.queue({ kind: 'content', content: 'x'.repeat(400), tokenSize: 4, delayMs: 20 });
    const controller = new AbortController();
    const tokens: string[] = [];
    const pending = provider.stream({
      messages,
      signal: controller.signal,
      onToken: (t) => {
        tokens.push(t);
        if (tokens.length === 5) controller.abort();
      },
    });
    expect((await failure(pending)).failure).toBe('cancelled');
    expect(tokens).toHaveLength(5);
    await expect.poll(() => fake.abortedRequests()).toBe(1);
  });

  it('transcribes audio sent as multipart', async () => {
    const { provider, fake } = await setUp({ transcript: 'I led the migration.' });
    const audio = new Uint8Array(2048).fill(7);
    const text = await provider.transcribe({ audio, fileName: 'answer.wav' });
    expect(text).toBe('I led the migration.');
    expect(fake.requests[0]?.form).toEqual({ fields: { model: 'whisper-1' }, fileName: 'answer.wav', fileBytes: 2048 });
  });
});
