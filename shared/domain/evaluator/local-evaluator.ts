import { buildEvaluation } from './build-evaluation';
import { createHarperChecker, type GrammarChecker, type HarperCheckerOptions } from './grammar';
import { checkAnswer, EvaluatorInputError } from './input-check';
import { EvaluationInput, type Evaluation } from './schema';

export interface LocalEvaluatorOptions {
  /**
   * Grammar checker to use. Defaults to harper.js; `false` turns grammar checking off (the
   * language score then rests on fillers, hedges and tone, and metrics.grammarChecked is false).
   */
  grammar?: GrammarChecker | false;
  /** Options for the default harper.js checker. */
  harper?: HarperCheckerOptions;
}

export interface LocalEvaluator {
  /**
   * One-time start-up: loads and compiles the grammar checker's WASM and warms it up, so the
   * first evaluate() is as fast as the rest. evaluate() calls it if you did not.
   */
  init(): Promise<void>;
  /**
   * Grades one answer. Rejects with EvaluatorInputError (code: invalid-input, empty, too-long,
   * no-words, not-english) when the answer cannot be graded.
   */
  evaluate(input: EvaluationInput): Promise<Evaluation>;
  dispose(): Promise<void>;
}

// Warm-up text: long enough that the WASM linter's code paths are compiled before real answers.
const WARM_UP =
  'In my last role our team was missing deadlines because requests came from everywhere. My task was to fix the intake. ' +
  'I set up a weekly triage meeting, wrote a one-page guide, and moved requests into Jira. As a result we cut late ' +
  'deliveries from 30% to 5% in two months, and I learned to make the process visible before asking people to change.';

export function createLocalEvaluator(options: LocalEvaluatorOptions = {}): LocalEvaluator {
  const grammar = options.grammar === false ? null : (options.grammar ?? createHarperChecker(options.harper));
  let ready: Promise<void> | null = null;

  async function start(): Promise<void> {
    if (!grammar) return;
    await grammar.init();
    for (let i = 0; i < 12; i++) await grammar.check(`${WARM_UP} ${WARM_UP} ${i}`);
  }

  return {
    init() {
      ready ??= start().catch((error: unknown) => {
        ready = null; // let a later call retry
        throw error;
      });
      return ready;
    },
    async evaluate(raw) {
      const parsed = EvaluationInput.safeParse(raw);
      if (!parsed.success) {
        throw new EvaluatorInputError('invalid-input', `The evaluation request is malformed: ${parsed.error.issues[0]?.message ?? 'invalid input'}.`);
      }
      const check = checkAnswer(parsed.data.answer);
      if (!check.ok) throw new EvaluatorInputError(check.code, check.message);
      await this.init();
      const issues = grammar ? await grammar.check(parsed.data.answer) : null;
      return buildEvaluation(parsed.data, issues);
    },
    async dispose() {
      ready = null;
      if (grammar) await grammar.dispose();
    },
  };
}
