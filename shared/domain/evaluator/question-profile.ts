import { QUESTION_CATEGORIES, type QuestionCategory, type QuestionType } from '../questions/bank-schema';
import { CATEGORY_WORDS, TYPE_WORDS } from './text/category-lexicon';
import { STOP_WORDS, QUESTION_FILLER_WORDS } from './text/stopwords';
import { stem } from './text/stemmer';
import { conceptOf } from './text/synonyms';
import { tokenize } from './text/tokenize';
import type { ParsedEvaluationInput } from './schema';

/** What the evaluator knows or infers about a question before reading the answer. */
export interface QuestionProfile {
  type: QuestionType;
  typeInferred: boolean;
  category: QuestionCategory | null;
  keyPoints: ProfileKeyPoint[];
  /** Concepts of the question's own content words. */
  questionConcepts: ReadonlySet<string>;
  /** Concepts of key point texts and cues. */
  keyPointConcepts: ReadonlySet<string>;
  /** Everything an on-topic answer may talk about: question, key points, model answer, category. */
  topicConcepts: ReadonlySet<string>;
}

export interface ProfileKeyPoint {
  text: string;
  cues: string[];
  /** True when made up from the question's words because the question came without key points. */
  derived: boolean;
}

const FILLER_STEMS = new Set([...QUESTION_FILLER_WORDS, 'work', 'working', 'worked', 'here'].map(stem));

const TYPE_PATTERNS: ReadonlyArray<readonly [QuestionType, RegExp]> = [
  [
    'behavioral',
    /\b(tell (me|us) about a time|describe a (time|situation)|give (me |us )?an example|have you ever|share an (experience|example)|walk (me|us) through a time|recall a time|when was the last time|what did you do when|tell (me|us) about (a|an) (situation|occasion|project|mistake|failure|conflict|disagreement))\b/i,
  ],
  [
    'situational',
    /\b(what would you do|how would you (handle|respond|deal|approach|react|manage|prioriti[sz]e)|imagine|suppose|if you (were|had|found|discovered|noticed|joined)|you (are|have been) (asked|given)|a customer (calls|emails|is|says)|your manager asks)\b/i,
  ],
  ['design', /\b(design (a|an|the)|architect|how would you build|build a (system|service)|scale (a|an|the|to))\b/i],
  [
    'motivational',
    /\b(why do you want|why (are you|should we|this (role|company|job))|tell (me|us) about yourself|where do you see yourself|greatest (strength|weakness)|your (strengths?|weakness(es)?)|what motivates you|career goals|why did you leave|salary)\b/i,
  ],
  [
    'case',
    /\b(estimate|how many|what metrics?|how would you measure|dropped by|decline in|fell by|market size|should we launch|would you prioriti[sz]e (these|the) features)\b/i,
  ],
  [
    'technical',
    /\b(explain|what is|what are|difference between|how does|how do .+ work|when would you use|compare|what happens when)\b/i,
  ],
];

const CATEGORY_TYPES: Readonly<Record<QuestionCategory, QuestionType>> = {
  behavioral: 'behavioral',
  leadership: 'behavioral',
  teamwork: 'behavioral',
  conflict: 'behavioral',
  situational: 'situational',
  'hr-general': 'motivational',
  'technical-software': 'technical',
  'system-design': 'design',
  'data-analysis': 'case',
  product: 'case',
  'customer-service': 'situational',
  sales: 'situational',
};

export function inferQuestionType(text: string, category: QuestionCategory | null): QuestionType {
  for (const [type, pattern] of TYPE_PATTERNS) if (pattern.test(text)) return type;
  return category ? CATEGORY_TYPES[category] : 'situational';
}

/** Concepts of the content words of a text: stop words and interview boilerplate left out. */
export function contentConcepts(text: string, skipQuestionFiller = false): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (STOP_WORDS.has(t.lower) || t.lower.length < 2 || /^\d+$/.test(t.lower)) continue;
    if (skipQuestionFiller && (QUESTION_FILLER_WORDS.has(t.lower) || FILLER_STEMS.has(stem(t.lower)))) continue;
    out.push(conceptOf(t.lower));
  }
  return out;
}

export function buildQuestionProfile(question: ParsedEvaluationInput['question']): QuestionProfile {
  const category = question.category ?? null;
  const type = question.type ?? inferQuestionType(question.text, category);
  const given = (question.keyPoints ?? []).map((k) => ({ text: k.text, cues: [...k.cues], derived: false }));
  const keyPoints = given.length > 0 ? given : deriveKeyPoints(question.text);

  const questionConcepts = new Set(contentConcepts(question.text, true));
  const keyPointConcepts = new Set<string>();
  for (const k of given) {
    for (const c of contentConcepts(k.text, true)) keyPointConcepts.add(c);
    for (const cue of k.cues) for (const c of contentConcepts(cue)) keyPointConcepts.add(c);
  }
  const topicConcepts = new Set<string>([...questionConcepts, ...keyPointConcepts]);
  if (question.modelAnswer) for (const c of contentConcepts(question.modelAnswer, true)) topicConcepts.add(c);
  for (const c of topicCategories(category, questionConcepts)) {
    for (const concept of contentConcepts(CATEGORY_WORDS[c])) topicConcepts.add(concept);
  }
  for (const c of contentConcepts(TYPE_WORDS[type])) topicConcepts.add(c);

  return {
    type,
    typeInferred: question.type === undefined,
    category,
    keyPoints,
    questionConcepts,
    keyPointConcepts,
    topicConcepts,
  };
}

const CATEGORY_CONCEPTS = new Map(
  QUESTION_CATEGORIES.map((c) => [c, new Set(contentConcepts(CATEGORY_WORDS[c]))] as const),
);

/**
 * The categories whose vocabulary an on-topic answer may use: the given one, or for a free-text
 * question without one, those whose word lists share the most words with the question.
 */
function topicCategories(category: QuestionCategory | null, questionConcepts: ReadonlySet<string>): QuestionCategory[] {
  if (category) return [category];
  let best = 0;
  let winners: QuestionCategory[] = [];
  for (const [c, words] of CATEGORY_CONCEPTS) {
    const overlap = [...questionConcepts].filter((q) => words.has(q)).length;
    if (overlap > best) {
      best = overlap;
      winners = [c];
    } else if (overlap === best && overlap > 0) {
      winners.push(c);
    }
  }
  return winners;
}

/**
 * A question from outside the bank has no key points, so its own content words stand in:
 * each run of adjacent content words becomes one point to address ("competing deadlines").
 */
export function deriveKeyPoints(text: string): ProfileKeyPoint[] {
  const phrases: string[][] = [];
  let run: string[] = [];
  for (const t of tokenize(text)) {
    const skip =
      STOP_WORDS.has(t.lower) ||
      QUESTION_FILLER_WORDS.has(t.lower) ||
      FILLER_STEMS.has(stem(t.lower)) ||
      t.lower.length < 3;
    if (skip) {
      if (run.length > 0) phrases.push(run);
      run = [];
    } else {
      run.push(t.text);
    }
  }
  if (run.length > 0) phrases.push(run);
  const seen = new Set<string>();
  const points: ProfileKeyPoint[] = [];
  for (const words of phrases) {
    const phrase = words.slice(0, 3).join(' ');
    const key = words.map((w) => conceptOf(w)).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    points.push({ text: `Address “${phrase}” from the question`, cues: words.slice(0, 3), derived: true });
    if (points.length === 4) break;
  }
  return points;
}
