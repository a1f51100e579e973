import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvaluation, createLocalEvaluator, EvaluationInput } from '../../../shared/domain/evaluator';
import { createWorkerGrammarChecker } from '../../../electron/main/attempts/worker-grammar-checker';

// The app runs harper.js in a thread of its own beside the evaluator's analysis (app-evaluator.ts).
describe('harper.js in the grammar worker thread', () => {
  const checker = createWorkerGrammarChecker();
  beforeAll(() => checker.init(), 240_000); // seconds of WASM compile
  afterAll(() => checker.dispose());

  it('finds the slips at their offsets in the caller’s text, after a pre-check too', async () => {
    const text = 'I called the client 😀 and explained it. They was happy and its good for the team.';
    const issues = await checker.check(text);
    expect(issues.map((i) => [i.problem, text.slice(i.start, i.end), i.suggestion])).toEqual([
      ['was', 'was', 'were'],
      ['its', 'its', "it's"],
    ]);
    const draft = `${text} Now they has a plan.`;
    await checker.prime?.(draft);
    expect((await checker.check(draft)).map((i) => i.problem)).toEqual(['was', 'its', 'has']);
  });

  it('gives the evaluator the same result as grading with those issues in one thread', async () => {
    const evaluator = createLocalEvaluator({ grammar: checker });
    const raw = {
      question: { text: 'Tell me about a time you helped a colleague.' },
      answer:
        'At my last job a new colleague was struggling with our ticket system, so I sat with her for two afternoons and wrote a short guide. They was all using it a week later, and her resolution time fell from 3 days to 1.',
    };
    const result = await evaluator.evaluate(raw);
    const issues = await checker.check(raw.answer);
    expect(result).toEqual(buildEvaluation(EvaluationInput.parse(raw), issues));
    expect(result.metrics.grammarIssueCount).toBe(1);
  });
});
