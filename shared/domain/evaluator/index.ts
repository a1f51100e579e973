export {
  EvaluationInput,
  Evaluation,
  EvaluationKeyPoint,
  EvaluationMetrics,
  FeedbackArea,
  FeedbackItem,
  GamingGuard,
  Highlight,
  HighlightKind,
  type ParsedEvaluationInput,
} from './schema';
export { createLocalEvaluator, type LocalEvaluator, type LocalEvaluatorOptions } from './local-evaluator';
export { buildEvaluation } from './build-evaluation';
export { factsNotChecked, scoreBand, SCORE_BANDS, type ScoreBand } from './scoring';
export { createHarperChecker, type GrammarChecker, type GrammarIssue, type HarperCheckerOptions } from './grammar';
export {
  checkAnswer,
  fitAnswerLength,
  EvaluatorInputError,
  MAX_ANSWER_CHARS,
  type AnswerCheck,
  type AnswerProblemCode,
  type FittedAnswer,
} from './input-check';
export { inferQuestionType } from './question-profile';
export { EVALUATOR_VERSION } from './version';
