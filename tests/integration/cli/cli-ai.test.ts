import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../../helpers/fake-openai/fake-openai-server';
import { coach } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/temp-dir';

const KEY = 'sk-cli-secret-987654321';

describe('coach ai and coach chat', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let fake: FakeOpenAi;
  const saved = { ...process.env };

  beforeEach(async () => {
    dir = makeTempDir();
    fake = await startFakeOpenAi({ apiKey: KEY, models: ['llama3.1:8b'] });
    process.env.INTERVYOU_AI_BASE_URL = fake.baseUrl;
    process.env.INTERVYOU_AI_MODEL = 'llama3.1:8b';
    process.env.INTERVYOU_AI_API_KEY = KEY;
  });
  afterEach(async () => {
    process.env = { ...saved };
    await fake.close();
    dir.remove();
  });

  it('ai test --json lists the models', async () => {
    const result = await coach(['ai', 'test', '--json'], dir.path);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, models: ['llama3.1:8b'] });
  });

  it('exits 4 with one line for a wrong key, and never prints the key', async () => {
    process.env.INTERVYOU_AI_API_KEY = 'sk-wrong-key-000';
    const result = await coach(['ai', 'test', '--json'], dir.path);
    expect(result.code).toBe(4);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^coach ai: The AI server refused the API key \(401\)\. .*\n$/);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).not.toContain('sk-wrong-key-000');
  });

  it('falls back to OPENAI_API_KEY', async () => {
    delete process.env.INTERVYOU_AI_API_KEY;
    process.env.OPENAI_API_KEY = KEY;
    expect((await coach(['ai', 'test'], dir.path)).code).toBe(0);
  });

  it('chat streams the reply to stdout', async () => {
    fake.queue({ kind: 'content', content: 'Use the STAR method: situation, task, action, result.', tokenSize: 3 });
    const result = await coach(['chat', '--message', 'How do I structure an answer?'], dir.path);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('Use the STAR method: situation, task, action, result.\n');
  });

  it('chat exits 4 with one line when the server is down', async () => {
    await fake.close();
    const result = await coach(['chat', '--message', 'Hi'], dir.path);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^coach chat: Could not reach the AI server at 127\.0\.0\.1:\d+\. .*\n$/);
  });
});
