import { analyzeAnswer } from './analyze';
import { buildEvaluation, evaluationOf } from './build-evaluation';
import { createHarperChecker, type GrammarChecker, type HarperCheckerOptions } from './grammar';
import { checkAnswer, EvaluatorInputError } from './input-check';
import { EvaluationInput, type Evaluation } from './schema';
import { createSemanticModel, type SemanticModel } from './semantics/semantic-model';
import { parseWordVectorFile } from './semantics/word-vectors';

export interface LocalEvaluatorOptions {
  /**
   * Grammar checker to use. Defaults to harper.js; `false` turns grammar checking off (the
   * language score then rests on fillers, hedges and tone, and metrics.grammarChecked is false).
   */
  grammar?: GrammarChecker | false;
  /** Options for the default harper.js checker. */
  harper?: HarperCheckerOptions;
  /**
   * Loads the shipped word vector file (scripts/build-embeddings.mjs). Without it, or when it
   * resolves to null, relevance and key points are judged by words alone.
   */
  wordVectors?: () => Promise<Uint8Array | null>;
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
  /**
   * Optional speed-up while the candidate types: grammar-check the draft (e.g. after a second of
   * idle typing) so that evaluate() at submit only checks the sentences that changed since. A new
   * 300-word answer costs several times more to grammar-check than one whose sentences were seen.
   * Never throws; unusable drafts are ignored.
   */
  precheck(answerDraft: string): Promise<void>;
  dispose(): Promise<void>;
}

// Warm-up text. V8 compiles WASM functions lazily, so the first answer that reaches a rule the
// warm-up never touched pays for compiling it (hundreds of ms). This text is long and varied —
// numbers, money, quotes, lists, line breaks and the common mistakes the rules look for — so
// init() pays that cost instead of the candidate's first answer.
const WARM_UP = `In my last role (a 40-person logistics startup) our team was missing deadlines because requests came from everywhere: sales, support and the CEO. My task was to fix the intake before Q3.

First, I set up a weekly triage meeting, wrote a one-page guide and moved every request into Jira. Then we tracked lead time — it fell from 30 days to 9 days — and we saved about $12,000 a quarter. "Honestly, it's the first time I know what's coming," our support lead said.

Um, so basically we was behind, and I has to admit I did a analysis of the the data that were wrong. Their going too fast, its a problem, and it's effect was more bigger then expected; we could of waited. i think me and him goes to the the office tomorow. She don't like it, they is late, he go home, we has a meeting, alot of issues.

As a result, customer satisfaction rose 12% and churn dropped to 2.5%. I learned to make the process visible before asking people to change; since then I've used it on 3 projects, e.g. our Salesforce and HubSpot roll-outs, with Kubernetes, PostgreSQL and Redis underneath.`;

const WARM_UP_QUESTIONS = [
  { text: 'Tell me about a time you improved a process.', category: 'behavioral' },
  { text: 'How would you handle a customer who wants a refund outside our policy?' },
  { text: 'Why do you want this role?', category: 'hr-general' },
] as const;

export function createLocalEvaluator(options: LocalEvaluatorOptions = {}): LocalEvaluator {
  const grammar = options.grammar === false ? null : (options.grammar ?? createHarperChecker(options.harper));
  let ready: Promise<void> | null = null;
  let semantics: SemanticModel | null = null;

  async function loadSemantics(): Promise<void> {
    const bytes = options.wordVectors ? await options.wordVectors() : null;
    semantics = bytes ? createSemanticModel(parseWordVectorFile(bytes)) : null;
  }

  async function start(): Promise<void> {
    await Promise.all([grammar?.init(), loadSemantics()]);
    // Grade the warm-up text a few times so the grammar rules, the regular expressions and the
    // scoring code are all compiled before the first real answer.
    for (let i = 0; i < 6; i++) {
      const answer = `${WARM_UP}\n\n${WARM_UP.slice(i * 40)} ${i}`;
      const issues = grammar ? await grammar.check(answer) : null;
      buildEvaluation(
        EvaluationInput.parse({ question: WARM_UP_QUESTIONS[i % WARM_UP_QUESTIONS.length], answer }),
        issues,
        semantics,
      );
    }
  }

  function init(): Promise<void> {
    ready ??= start().catch((error: unknown) => {
      ready = null; // let a later call retry
      throw error;
    });
    return ready;
  }

  return {
    init,
    async evaluate(raw) {
      const parsed = EvaluationInput.safeParse(raw);
      if (!parsed.success) {
        throw new EvaluatorInputError(
          'invalid-input',
          `The evaluation request is malformed: ${parsed.error.issues[0]?.message ?? 'invalid input'}.`,
        );
      }
      const check = checkAnswer(parsed.data.answer);
      if (!check.ok) throw new EvaluatorInputError(check.code, check.message);
      await init();
      // The grammar check is started first and awaited last: a checker in another thread works
      // while this one analyses the answer, so the wait is the longer of the two, not their sum.
      const checking = grammar ? grammar.check(parsed.data.answer) : Promise.resolve(null);
      const analysis = analyzeAnswer(parsed.data, null, semantics);
      return evaluationOf({ ...analysis, grammar: await checking }, semantics !== null);
    },
    async precheck(answerDraft) {
      if (!grammar?.prime || !checkAnswer(answerDraft).ok) return;
      try {
        await init();
        await grammar.prime(answerDraft);
      } catch {
        // A failed pre-check only loses the speed-up; evaluate() reports real failures.
      }
    },
    async dispose() {
      ready = null;
      if (grammar) await grammar.dispose();
    },
  };
}
