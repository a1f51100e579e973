import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { valueOf } from '../../helpers/invoke';
import { keychainSkipReason } from '../../helpers/keychain';
import { useAiServices } from '../../helpers/ai-services';

const KEY = 'sk-test-abcdefghijklmnop';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('Settings → AI through the contract', () => {
  const ai = useAiServices({ fake: { apiKey: KEY, models: ['llama3.1:8b', 'qwen2.5:7b'] }, timeoutMs: 500 });

  it('is off by default, and test connection says so without any request', async () => {
    const status = valueOf(await ai.invoke('ai:status', {}));
    expect(status).toMatchObject({ provider: 'none', enabled: false, problem: null, keyStored: false });
    const report = valueOf(await ai.invoke('ai:test-connection', {}));
    expect(report).toMatchObject({
      ok: false,
      failure: 'not-configured',
      message: 'AI is turned off in Settings → AI.',
    });
    expect(ai.fake.requests).toHaveLength(0);
  });

  it('refuses plain http to another machine, and any non-http address', async () => {
    const remote = await ai.invoke('settings:update', { ai: { baseUrl: 'http://192.168.1.20:11434/v1' } });
    expect(remote.ok).toBe(false);
    expect(!remote.ok && remote.error.message).toMatch(/Use https for a server on another machine/);
    const file = await ai.invoke('settings:update', { ai: { baseUrl: 'file:///etc/passwd' } });
    expect(!file.ok && file.error.message).toMatch(/Only http and https/);
    expect((await ai.invoke('settings:update', { ai: { baseUrl: 'https://llm.example.com/v1' } })).ok).toBe(true);
    expect((await ai.invoke('settings:update', { ai: { baseUrl: 'http://localhost:8080/v1' } })).ok).toBe(true);
  });

  it('connects with the key from the keychain and lists the models; the key is in no file and no reply', async () => {
    await ai.turnOn('qwen2.5:7b');
    expect(valueOf(await ai.invoke('ai:test-connection', {})).failure).toBe('bad-key');

    const status = valueOf(await ai.invoke('ai:set-key', { apiKey: KEY }));
    expect(status).toMatchObject({ enabled: true, keyStored: true, model: 'qwen2.5:7b', baseUrl: ai.fake.baseUrl });
    if (!keychainSkipReason()) expect(status.keyStorage).toBe('keychain');

    const report = valueOf(await ai.invoke('ai:test-connection', {}));
    expect(report).toMatchObject({ ok: true, models: ['llama3.1:8b', 'qwen2.5:7b'], modelListed: true, failure: null });
    expect(ai.fake.requests.at(-1)?.authorization).toBe(`Bearer ${KEY}`);

    const replies = JSON.stringify([
      status,
      report,
      valueOf(await ai.invoke('settings:get', {})),
      valueOf(await ai.invoke('ai:status', {})),
    ]);
    expect(replies).not.toContain(KEY);
    for (const file of filesUnder(ai.dir.path)) {
      expect(readFileSync(file).includes(KEY), `${file} holds the key`).toBe(false);
    }
  });

  it('names an unknown model, a dead server and a server that is not OpenAI-compatible', async () => {
    valueOf(await ai.invoke('ai:set-key', { apiKey: KEY }));
    valueOf(
      await ai.invoke('settings:update', {
        ai: { provider: 'openai-compatible', baseUrl: ai.fake.baseUrl, model: 'gpt-5' },
      }),
    );
    const unknown = valueOf(await ai.invoke('ai:test-connection', {}));
    expect(unknown).toMatchObject({ ok: false, failure: 'unknown-model', models: ['llama3.1:8b', 'qwen2.5:7b'] });
    expect(unknown.message).toContain('no model named "gpt-5"');

    ai.fake.options.modelsBehaviour = 'html';
    expect(valueOf(await ai.invoke('ai:test-connection', {})).failure).toBe('not-compatible');
    ai.fake.options.modelsBehaviour = 'hang';
    expect(valueOf(await ai.invoke('ai:test-connection', {})).failure).toBe('timeout');
    await ai.fake.close();
    expect(valueOf(await ai.invoke('ai:test-connection', {})).failure).toBe('unreachable');
  });

  it('never writes the key to the console, stdout or stderr, even when it is refused', async () => {
    const written: string[] = [];
    const capture = (...args: unknown[]) => void written.push(args.map(String).join(' '));
    const originals = { log: console.log, warn: console.warn, error: console.error, info: console.info };
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    Object.assign(console, { log: capture, warn: capture, error: capture, info: capture });
    process.stdout.write = ((chunk: unknown) => (capture(chunk), true)) as typeof process.stdout.write;
    process.stderr.write = ((chunk: unknown) => (capture(chunk), true)) as typeof process.stderr.write;
    try {
      valueOf(
        await ai.invoke('settings:update', {
          ai: { provider: 'openai-compatible', baseUrl: ai.fake.baseUrl, model: 'qwen2.5:7b' },
        }),
      );
      await ai.invoke('ai:set-key', { apiKey: 'sk-wrong-but-secret-123' });
      await ai.invoke('ai:test-connection', {});
      await ai.invoke('ai:set-key', { apiKey: KEY });
      await ai.invoke('ai:test-connection', {});
      await ai.invoke('ai:chat-send', { requestId: 'req-logcheck-1', message: 'Hi' });
    } finally {
      Object.assign(console, originals);
      process.stdout.write = out;
      process.stderr.write = err;
    }
    const everything = written.join('\n');
    expect(everything).not.toContain(KEY);
    expect(everything).not.toContain('sk-wrong-but-secret-123');
  });

  it('forgets the key on request', async () => {
    valueOf(await ai.invoke('ai:set-key', { apiKey: KEY }));
    const status = valueOf(await ai.invoke('ai:delete-key', {}));
    expect(status.keyStored).toBe(false);
    expect(await ai.services.secrets.get('ai-api-key')).toBeNull();
  });
});
