import { analyzeAnswer, type Analysis } from './analyze';
import { buildFeedback } from './feedback';
import type { GrammarIssue } from './grammar';
import { buildHighlights } from './highlights';
import { per100 } from './measures/finding';
import { countByLabel } from './measures/finding';
import type { Evaluation, ParsedEvaluationInput } from './schema';
import { scoreAnalysis } from './scoring';
import type { SemanticModel } from './semantics/semantic-model';
import { EVALUATOR_VERSION } from './version';

/**
 * The synchronous heart of the evaluator: answer and grammar findings in, evaluation out.
 * Pure and deterministic; the grammar checker's (async, WASM) work is done before this.
 */
export function buildEvaluation(
  input: ParsedEvaluationInput,
  grammar: GrammarIssue[] | null,
  semantics: SemanticModel | null = null,
): Evaluation {
  return evaluationOf(analyzeAnswer(input, grammar, semantics), semantics !== null);
}

/** The evaluation of an analysed answer (its grammar findings included). */
export function evaluationOf(a: Analysis, meaningChecked: boolean): Evaluation {
  const grammar = a.grammar;
  const scores = scoreAnalysis(a);
  const words = a.wordCount;
  const star = a.star;
  return {
    overall: scores.overall,
    subscores: {
      content: scores.content,
      structure: scores.structure,
      language: scores.language,
      delivery: scores.delivery?.score ?? null,
    },
    metrics: {
      questionType: a.profile.type,
      questionTypeInferred: a.profile.typeInferred,
      wordCount: words,
      sentenceCount: a.sentences.length,
      idealWords: a.ideal,
      fillerCount: a.fillers.length,
      fillerPer100: per100(a.fillers.length, words),
      fillers: countByLabel(a.fillers),
      hedgeCount: a.hedges.length,
      hedgePer100: per100(a.hedges.length, words),
      hedges: countByLabel(a.hedges),
      specificsCount: a.specifics.length,
      specificsPer100: per100(a.specifics.length, words),
      vagueCount: a.vague.length,
      keyPointCoverage: scores.keyPointCoverage,
      keyPointsDerived: a.keyPoints.every((k) => k.derived),
      star: {
        situation: { present: star.situation.present, evidence: star.situation.evidence },
        task: { present: star.task.present, evidence: star.task.evidence },
        action: { present: star.action.present, evidence: star.action.evidence },
        result: { present: star.result.present, evidence: star.result.evidence },
      },
      ownership: { iActions: star.iActions, weActions: star.weActions },
      grammarChecked: grammar !== null,
      grammarIssueCount: grammar?.length ?? 0,
      grammarPer100: per100(grammar?.length ?? 0, words),
      relevance: a.relevance.score,
      meaningChecked,
      negativeToneCount: a.negative.length,
      durationSec: a.durationSec,
      wpm: scores.delivery?.wpm ?? a.wpm,
    },
    feedback: buildFeedback(a, scores),
    highlights: buildHighlights(a),
    keyPoints: a.keyPoints.map((k) =>
      k.evidence ? { text: k.text, covered: k.covered, evidence: k.evidence } : { text: k.text, covered: k.covered },
    ),
    evaluator: { kind: 'local', version: EVALUATOR_VERSION },
  };
}
