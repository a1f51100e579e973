import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../../helpers/fake-openai/fake-openai-server';
import { coach } from '../../helpers/cli';
import { generatedQuestion, reviewJson } from '../../helpers/fake-openai/replies';
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

describe('coach questions generate', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let fake: FakeOpenAi;
  const saved = { ...process.env };

  beforeEach(async () => {
    dir = makeTempDir();
    fake = await startFakeOpenAi({ models: ['llama3.1:8b'] });
    process.env.INTERVYOU_AI_BASE_URL = fake.baseUrl;
    process.env.INTERVYOU_AI_MODEL = 'llama3.1:8b';
  });
  afterEach(async () => {
    process.env = { ...saved };
    await fake.close();
    dir.remove();
  });

  it('prints the saved questions as JSON, fitted to a job description file', async () => {
    writeFileSync(path.join(dir.path, 'job.txt'), 'Senior backend engineer: Kafka, Postgres, on-call ownership.');
    fake.queue({
      kind: 'content',
      content: JSON.stringify({
        questions: [generatedQuestion('Tell me about an on-call incident you owned from page to postmortem.')],
      }),
    });
    const result = await coach(
      ['questions', 'generate', '--category', 'technical-software', '--count', '1', '--job-file', 'job.txt', '--json'],
      dir.path,
      dir.path,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const questions = JSON.parse(result.stdout) as Array<{ id: string; source: string; keyPoints: unknown[] }>;
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatchObject({ source: 'generated', category: 'technical-software' });
    expect(JSON.stringify(fake.requests[0]?.body?.messages)).toContain('Kafka, Postgres');
    // Saved: the ordinary search finds it.
    const listed = await coach(['questions', '--search', 'on-call incident postmortem', '--json'], dir.path);
    expect(listed.stdout).toContain(questions[0]!.id);
  });

  it('exits 2 on a bad category and 4 when the model fails', async () => {
    expect((await coach(['questions', 'generate', '--category', 'cooking'], dir.path)).code).toBe(2);
    fake.queue({ kind: 'content', content: 'nope' }, { kind: 'content', content: 'still no' });
    const failed = await coach(['questions', 'generate', '--category', 'teamwork'], dir.path);
    expect(failed.code).toBe(4);
    expect(failed.stderr).toMatch(/^coach questions generate: .*nothing was saved.*\n$/);
  });
});

describe('coach evaluate --ai', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let fake: FakeOpenAi;
  const saved = { ...process.env };
  const ANSWER =
    'I disagreed with our lead about skipping load tests, ran a one-hour test on staging, and we fixed a connection limit before launch.';

  beforeEach(async () => {
    dir = makeTempDir();
    fake = await startFakeOpenAi({ models: ['llama3.1:8b'] });
    process.env.INTERVYOU_AI_BASE_URL = fake.baseUrl;
    process.env.INTERVYOU_AI_MODEL = 'llama3.1:8b';
  });
  afterEach(async () => {
    process.env = { ...saved };
    await fake.close();
    dir.remove();
  });

  it('adds the AI review beside the usual output, with only real quotes', async () => {
    fake.queue({
      kind: 'content',
      content: reviewJson({ evidence: ['ran a one-hour test on staging', 'saved the company'] }),
    });
    const result = await coach(
      [
        'evaluate',
        '--question',
        'Tell me about a disagreement.',
        '--answer',
        ANSWER,
        '--category',
        'conflict',
        '--ai',
        '--json',
      ],
      dir.path,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const out = JSON.parse(result.stdout) as {
      overall: number;
      ai: {
        score: number;
        rubric: unknown[];
        evidence: Array<{ quote: string }>;
        improved: string;
        nextSteps: string[];
        model: string;
      };
    };
    expect(typeof out.overall).toBe('number');
    expect(out.ai.model).toBe('llama3.1:8b');
    expect(out.ai.rubric).toHaveLength(6);
    expect(new Set(out.ai.evidence.map((e) => e.quote))).toEqual(new Set(['ran a one-hour test on staging']));
    expect(out.ai.nextSteps).toHaveLength(3);
  }, 120_000);

  it('exits 4 with one line when the provider fails', async () => {
    await fake.close();
    const result = await coach(['evaluate', '--question', 'Q?', '--answer', ANSWER, '--ai', '--json'], dir.path);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^coach evaluate: Could not reach the AI server.*\n$/);
  }, 120_000);
});
