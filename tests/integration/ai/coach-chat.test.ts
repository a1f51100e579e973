import { beforeEach, describe, expect, it } from 'vitest';
import { attemptRow, insertAttempts } from '../../helpers/attempts';
import { valueOf } from '../../helpers/invoke';
import { useAiServices } from '../../helpers/ai-services';

const SECRET_ANSWER = 'The confidential project was codenamed BLUEBIRD and cost 4 million.';

describe('coach chat', () => {
  let tokens: string[];

  const ai = useAiServices({ fake: { models: ['llama3.1:8b'] }, timeoutMs: 1000 });
  beforeEach(async () => {
    tokens = [];
    ai.services.events.subscribe((name, payload) => {
      if (name === 'ai:chat-token') tokens.push((payload as { text: string }).text);
    });
    await insertAttempts(ai.services.db, [
      attemptRow({ id: 'a-1', category: 'system-design', overall: 41, answer_text: SECRET_ANSWER }),
      attemptRow({ id: 'a-2', category: 'conflict', overall: 82 }),
    ]);
  });

  const turnOn = () => ai.turnOn('llama3.1:8b');

  it('with AI off, says so and stores and sends nothing', async () => {
    const result = await ai.invoke('ai:chat-send', { requestId: 'req-00000001', message: 'Quiz me on system design' });
    expect(!result.ok && result.error.message).toBe('AI is turned off in Settings → AI.');
    expect(valueOf(await ai.invoke('ai:chat-history', {})).messages).toEqual([]);
    expect(ai.fake.requests).toHaveLength(0);
  });

  it('streams a reply as events, keeps the conversation, and sends summaries, not answers', async () => {
    await turnOn();
    ai.fake.queue({ kind: 'content', content: '**First**, draw the boxes. Then name the bottleneck.', tokenSize: 6 });
    const sent = valueOf(
      await ai.invoke('ai:chat-send', { requestId: 'req-00000002', message: 'Quiz me on system design' }),
    );
    expect(sent.reply).toMatchObject({ role: 'assistant', status: 'complete', model: 'llama3.1:8b' });
    expect(sent.reply.content).toBe('**First**, draw the boxes. Then name the bottleneck.');
    expect(tokens.length).toBeGreaterThan(5);
    expect(tokens.join('')).toBe(sent.reply.content);

    const system = (ai.fake.requests[0]?.body?.messages as Array<{ role: string; content: string }>)[0]!;
    expect(system.content).toContain('system-design 41 over 1 answers');
    expect(JSON.stringify(ai.fake.requests[0]?.body)).not.toContain('BLUEBIRD');

    ai.fake.queue({ kind: 'content', content: 'Good. Next: how would you shard it?' });
    valueOf(
      await ai.invoke('ai:chat-send', {
        requestId: 'req-00000003',
        conversationId: sent.conversationId,
        message: 'A queue.',
      }),
    );
    const second = ai.fake.requests[1]?.body?.messages as Array<{ role: string; content: string }>;
    expect(second.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);

    const history = valueOf(await ai.invoke('ai:chat-history', {}));
    expect(history.conversationId).toBe(sent.conversationId);
    expect(history.messages.map((m) => `${m.role}:${m.status}`)).toEqual([
      'user:complete',
      'assistant:complete',
      'user:complete',
      'assistant:complete',
    ]);
    expect(valueOf(await ai.invoke('ai:usage', {})).requests).toBe(2);
  });

  it('sends an answer only when the user attaches it', async () => {
    await turnOn();
    ai.fake.queue({ kind: 'content', content: 'Lead with the outcome.' });
    valueOf(
      await ai.invoke('ai:chat-send', {
        requestId: 'req-00000004',
        message: 'Help me improve this',
        attachAttemptId: 'a-1',
      }),
    );
    expect(JSON.stringify(ai.fake.requests[0]?.body)).toContain('BLUEBIRD');
  });

  it('Stop cancels the request on the server and keeps what arrived, marked stopped', async () => {
    await turnOn();
    ai.fake.queue({ kind: 'content', content: 'word '.repeat(200), tokenSize: 5, delayMs: 20 });
    const pending = ai.invoke('ai:chat-send', { requestId: 'req-00000005', message: 'Tell me everything' });
    await expect.poll(() => tokens.length).toBeGreaterThan(3);
    expect(valueOf(await ai.invoke('ai:chat-stop', { requestId: 'req-00000005' })).stopped).toBe(true);
    const result = valueOf(await pending);
    expect(result.reply.status).toBe('stopped');
    expect(result.reply.content.length).toBeGreaterThan(0);
    expect(result.reply.content.length).toBeLessThan(1000);
    expect(result.reply.content).toBe(tokens.join(''));
    await expect.poll(() => ai.fake.abortedRequests()).toBe(1);
    expect(valueOf(await ai.invoke('ai:chat-stop', { requestId: 'req-00000005' })).stopped).toBe(false);
  });

  it('a stream cut in the middle fails clearly and keeps the part that arrived', async () => {
    await turnOn();
    ai.fake.queue({ kind: 'cut', content: 'one two three four five six seven', afterTokens: 3, tokenSize: 4 });
    const result = await ai.invoke('ai:chat-send', { requestId: 'req-00000006', message: 'Hi' });
    expect(!result.ok && result.error.message).toMatch(/broke off mid-reply/);
    const history = valueOf(await ai.invoke('ai:chat-history', {}));
    expect(history.messages.map((m) => [m.role, m.status, m.content])).toEqual([
      ['user', 'complete', 'Hi'],
      ['assistant', 'failed', 'one two thre'],
    ]);
  });
});
