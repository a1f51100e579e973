import { beforeEach, describe, expect, it } from 'vitest';
import { generatedQuestion } from '../../helpers/fake-openai/replies';
import { valueOf } from '../../helpers/invoke';
import { useAiServices } from '../../helpers/ai-services';

describe('AI-generated questions', () => {
  const ai = useAiServices({ fake: { models: ['qwen2.5:7b'] }, timeoutMs: 1000 });
  beforeEach(async () => {
    await ai.turnOn('qwen2.5:7b');
  });

  it('saves new questions in the bank shape, skipping repeats of the bank and of each other', async () => {
    const bankQuestion = await ai.services.db
      .selectFrom('questions')
      .select('text')
      .where('source', '=', 'bank')
      .where('category', '=', 'conflict')
      .executeTakeFirstOrThrow();
    ai.fake.queue({
      kind: 'content',
      content: JSON.stringify({
        questions: [
          generatedQuestion('Tell me about a time a release slipped because two teams disagreed on scope.'),
          generatedQuestion(bankQuestion.text),
          generatedQuestion('Tell me about a time a release slipped because 2 teams disagreed on the scope!'),
        ],
      }),
    });
    const result = valueOf(
      await ai.invoke('ai:generate-questions', { category: 'conflict', count: 3, difficulty: 'hard' }),
    );
    expect(result.model).toBe('qwen2.5:7b');
    expect(result.duplicatesSkipped).toBe(2);
    expect(result.questions).toHaveLength(1);
    const [question] = result.questions;
    expect(question).toMatchObject({
      source: 'generated',
      category: 'conflict',
      difficulty: 'hard',
      hasModelAnswer: true,
    });
    expect(question?.keyPoints.map((k) => k.text)).toEqual([
      'Names the situation',
      'Explains own actions',
      'States the result',
    ]);
    const row = await ai.services.db
      .selectFrom('questions')
      .select('generated_by')
      .where('id', '=', question!.id)
      .executeTakeFirst();
    expect(row?.generated_by).toBe('qwen2.5:7b');

    // The request carried the existing questions so the model can avoid them, and the json_schema.
    const body = ai.fake.requests.at(-1)?.body;
    expect(JSON.stringify(body?.messages)).toContain(bankQuestion.text.slice(0, 40));
    expect((body?.response_format as { type: string }).type).toBe('json_schema');

    // A later run does not repeat the earlier generated question.
    ai.fake.queue({
      kind: 'content',
      content: JSON.stringify({ questions: [generatedQuestion(question!.text)] }),
    });
    const again = valueOf(await ai.invoke('ai:generate-questions', { category: 'conflict', count: 1 }));
    expect(again.questions).toHaveLength(0);
    expect(again.duplicatesSkipped).toBe(1);

    // Found by search like any question, and the user can delete it.
    const search = valueOf(await ai.invoke('questions:search', { query: 'release slipped scope' }));
    expect(search.items.map((item) => item.id)).toContain(question!.id);
    expect(valueOf(await ai.invoke('questions:delete-custom', { id: question!.id })).deleted).toBe(true);
  });

  it('saves nothing when a question lacks key points twice', async () => {
    const before = await ai.services.db
      .selectFrom('questions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const bad = JSON.stringify({
      questions: [
        generatedQuestion('A fine question about teamwork and trust?'),
        { ...generatedQuestion('Another one?'), keyPoints: [] },
      ],
    });
    ai.fake.queue({ kind: 'content', content: bad }, { kind: 'content', content: bad });
    const result = await ai.invoke('ai:generate-questions', { category: 'teamwork', count: 2 });
    expect(!result.ok && result.error.message).toMatch(/questions\.1\.keyPoints.*nothing was saved/);
    const after = await ai.services.db
      .selectFrom('questions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('is graded against its own key points like a bank question', async () => {
    ai.fake.queue({
      kind: 'content',
      content: JSON.stringify({
        questions: [
          generatedQuestion('Describe how you handled a stakeholder who kept changing requirements.', [
            'Clarified the underlying goal',
            'Agreed a change process',
            'Protected the delivery date',
          ]),
        ],
      }),
    });
    const [question] = valueOf(
      await ai.invoke('ai:generate-questions', { category: 'behavioral', count: 1 }),
    ).questions;
    const attempt = valueOf(
      await ai.invoke('attempts:submit', {
        questionId: question!.id,
        questionText: question!.text,
        category: 'behavioral',
        mode: 'text',
        answerText:
          'Our sales lead changed the scope every week. I met him to clarify the underlying goal, agreed a change process with a weekly review, and we protected the delivery date: we shipped on time.',
      }),
    );
    expect(attempt.evaluation?.keyPoints.map((k) => k.text)).toEqual([
      'Clarified the underlying goal',
      'Agreed a change process',
      'Protected the delivery date',
    ]);
  }, 120_000);

  it('asked for while the server is away, waits in the durable queue and runs once it is reachable', async () => {
    const baseUrl = ai.fake.baseUrl;
    await ai.fake.close();
    const input = { category: 'leadership', count: 1, difficulty: 'easy' } as const;
    const failed = await ai.invoke('ai:generate-questions', input);
    expect(!failed.ok && failed.error.message).toMatch(/Could not reach.*The questions are queued/);
    // Asked twice: still one job.
    await ai.invoke('ai:generate-questions', input);
    expect(valueOf(await ai.invoke('ai:queue', {}))).toMatchObject([
      {
        kind: 'ai-questions',
        attemptId: null,
        status: 'waiting',
        label: '1 generated easy leadership question',
      },
    ]);

    // A restart: the request is in SQLite.
    await ai.restart();
    expect(valueOf(await ai.invoke('ai:queue', {}))).toHaveLength(1);

    await ai.replaceFake({ port: Number(new URL(baseUrl).port), models: ['qwen2.5:7b'] });
    ai.fake.queue({
      kind: 'content',
      content: JSON.stringify({
        questions: [generatedQuestion('Tell me about a time you handed a project you started to someone else.')],
      }),
    });
    expect(valueOf(await ai.invoke('ai:queue-run', {}))).toEqual([]);
    const saved = await ai.services.db
      .selectFrom('questions')
      .select(['text', 'category', 'difficulty', 'generated_by'])
      .where('source', '=', 'generated')
      .execute();
    expect(saved).toEqual([
      {
        text: 'Tell me about a time you handed a project you started to someone else.',
        category: 'leadership',
        difficulty: 'easy',
        generated_by: 'qwen2.5:7b',
      },
    ]);
  });

  it('can be edited like the user’s own questions, staying marked AI-generated; bank questions cannot', async () => {
    ai.fake.queue({
      kind: 'content',
      content: JSON.stringify({
        questions: [generatedQuestion('Tell me about a time you disagreed with a product decision.')],
      }),
    });
    const [question] = valueOf(
      await ai.invoke('ai:generate-questions', { category: 'behavioral', count: 1 }),
    ).questions;
    const edited = valueOf(
      await ai.invoke('questions:update-custom', {
        id: question!.id,
        text: 'Tell me about a time you disagreed with a pricing decision and what you did.',
        category: 'behavioral',
        difficulty: 'hard',
        keyPoints: ['Raised it with data', 'Committed once decided'],
      }),
    );
    expect(edited).toMatchObject({
      id: question!.id,
      source: 'generated',
      text: 'Tell me about a time you disagreed with a pricing decision and what you did.',
      difficulty: 'hard',
      modelAnswer: null,
    });
    expect(edited.keyPoints.map((k) => k.text)).toEqual(['Raised it with data', 'Committed once decided']);
    const found = valueOf(await ai.invoke('questions:search', { query: 'pricing decision' }));
    expect(found.items.map((q) => q.id)).toContain(question!.id);

    const bank = await ai.invoke('questions:update-custom', {
      id: 'beh-001',
      text: 'Rewritten bank question text here',
      category: 'behavioral',
    });
    expect(!bank.ok && bank.error.code).toBe('NOT_FOUND');
  });
});
