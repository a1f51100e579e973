import { describe, expect, it } from 'vitest';
import { AiReviewReply, toReview } from '../../../shared/ai/review';
import { createProvider } from '../../../electron/main/ai/provider';
import { completeStructured } from '../../../electron/main/ai/structured';

const baseUrl = process.env.INTERVYOU_TEST_AI_BASE_URL;
const model = process.env.INTERVYOU_TEST_AI_MODEL;
const skipReason =
  !baseUrl || !model ? 'set INTERVYOU_TEST_AI_BASE_URL and INTERVYOU_TEST_AI_MODEL to run against a real model' : null;
if (skipReason) console.log(`[real-model] skipped: ${skipReason}`);

const ANSWER =
  'At my last job the nightly import kept failing. I traced it to a timezone bug, wrote a test that reproduced it, and fixed the parser; the import has not failed in six months.';

describe.skipIf(skipReason !== null)('a real model through the provider', () => {
  const provider = () =>
    createProvider({
      baseUrl: baseUrl ?? '',
      model: model ?? '',
      apiKey: process.env.INTERVYOU_TEST_AI_API_KEY ?? null,
      timeoutMs: 180_000,
    });

  it('lists models including the chosen one', async () => {
    expect(await provider().listModels()).toContain(model);
  }, 60_000);

  it('returns a review that validates, with quotes that really occur in the answer', async () => {
    const result = await completeStructured(provider(), {
      name: 'answer_review',
      schema: AiReviewReply,
      messages: [
        {
          role: 'system',
          content: 'Review this interview answer. Quote evidence word for word. Reply with JSON only.',
        },
        { role: 'user', content: `Question: Tell me about a bug you fixed.\n\nAnswer:\n"""\n${ANSWER}\n"""` },
      ],
    });
    const review = toReview(result.value, ANSWER, { attemptId: 'real', model: result.model, createdAt: 'now' });
    expect(review.rubric).toHaveLength(6);
    expect(review.nextSteps).toHaveLength(3);
    console.log(`[real-model] ${model}: score ${review.score}, ${review.droppedQuotes} invented quotes dropped`);
  }, 300_000);

  it('streams a chat reply', async () => {
    const tokens: string[] = [];
    const reply = await provider().stream({
      messages: [{ role: 'user', content: 'In one sentence: what is the STAR method?' }],
      onToken: (t) => tokens.push(t),
    });
    expect(tokens.length).toBeGreaterThan(1);
    expect(reply.text).toBe(tokens.join(''));
  }, 300_000);
});
