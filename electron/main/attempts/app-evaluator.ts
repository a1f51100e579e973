import { createLocalEvaluator, type LocalEvaluator } from '../../../shared/domain/evaluator';
import { createWorkerGrammarChecker } from './worker-grammar-checker';
import { readWordVectors } from './word-vectors-file';

/**
 * The local evaluator as the app runs it (inside the evaluator worker): word vectors from the
 * shipped file, and harper.js in a thread of its own, so that it parses a new answer while this
 * thread analyses it: the answer costs the longer of the two, not their sum.
 */
export function createAppEvaluator(): LocalEvaluator {
  return createLocalEvaluator({ grammar: createWorkerGrammarChecker(), wordVectors: readWordVectors });
}
