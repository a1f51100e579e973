import type { GrammarIssue } from './grammar';
import { analyzeOrganization, type OrganizationResult } from './measures/organization';
import { findFillersAndHedges } from './measures/fillers';
import type { Finding } from './measures/finding';
import { indexConcepts, matchKeyPoints, type KeyPointResult } from './measures/key-points';
import { IDEAL_WORDS, wordsPerMinute } from './measures/length';
import { combineRelevance, measureRelevance, type RelevanceResult } from './measures/relevance';
import type { SemanticModel } from './semantics/semantic-model';
import { findSpecifics } from './measures/specifics';
import { analyzeStar, type StarAnalysis } from './measures/star';
import { detectGaming, type GamingFinding } from './measures/gaming';
import { findPlaceholders } from './measures/placeholders';
import { isShouting } from './measures/shouting';
import { findNegativeTone, peopleTone } from './measures/tone';
import { buildQuestionProfile, type QuestionProfile } from './question-profile';
import type { ParsedEvaluationInput } from './schema';
import { STOP_WORDS } from './text/stopwords';
import { conceptOf } from './text/synonyms';
import { punctuatedSentenceLengths, splitSentences, tokenize, type Sentence, type Token } from './text/tokenize';
import type { VoiceMetrics } from '../voice/voice-metrics';

/** Everything measured about one answer, before it is turned into scores and feedback. */
export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  profile: QuestionProfile;
  wordCount: number;
  ideal: { min: number; max: number };
  fillers: Finding[];
  hedges: Finding[];
  specifics: Finding[];
  vague: Finding[];
  negative: Finding[];
  /** AFINN sentiment summed over the sentences about people (negative: hard on people). */
  peopleTone: number;
  placeholders: Finding[];
  /** Most of the answer is in capitals: read in lower case, and capitals are not names. */
  shouting: boolean;
  gaming: GamingFinding[];
  /** null when grammar checking was turned off. */
  grammar: GrammarIssue[] | null;
  star: StarAnalysis;
  organization: OrganizationResult;
  keyPoints: KeyPointResult[];
  relevance: RelevanceResult;
  durationSec: number | null;
  wpm: number | null;
  voice: VoiceMetrics | null;
  /** Words per minute of speaking time from a word-for-word transcript; null without one. */
  transcriptWpm: number | null;
}

const IMPLIED_CONCEPT: Readonly<Record<string, string>> = {
  tool: conceptOf('tool'),
  money: conceptOf('cost'),
  percent: conceptOf('metric'),
  metric: conceptOf('metric'),
  duration: conceptOf('time'),
};

/** Key points that ask for the outcome ("States whether the deadline was met", "Gives a concrete outcome"). */
const OUTCOME_POINT =
  /\b(?:states? (?:whether|the outcome|the result)|(?:concrete|measurable|final|clear) (?:outcome|result)|whether (?:the|it|they) [\w ]{0,30}(?:met|delivered|achieved|worked|succeeded))/iu;

export function analyzeAnswer(
  input: ParsedEvaluationInput,
  grammar: GrammarIssue[] | null,
  semantics: SemanticModel | null = null,
): Analysis {
  // An answer in capitals is read in lower case (same offsets) so its content still counts; the
  // shouting guard and the specifics finder know it was written in capitals.
  const shouting = isShouting(input.answer);
  const text = shouting ? input.answer.toLowerCase() : input.answer;
  const tokens = tokenize(text);
  // Sentence texts stay verbatim: feedback quotes them.
  const sentences = splitSentences(text, tokens).map((s) => ({ ...s, text: input.answer.slice(s.start, s.end) }));
  const profile = buildQuestionProfile(input.question);

  const { fillers, hedges } = findFillersAndHedges(text, tokens);
  const placeholders = findPlaceholders(input.answer);
  const found = findSpecifics(text, tokens, sentences, { exclude: placeholders, shouting });
  // Naming what the question already named ("HTTPS" for a question about HTTPS) is not a detail.
  const asked = new Set(tokenize(input.question.text).map((t) => t.lower));
  const specifics = found.specifics.filter(
    (f) => !(['acronym', 'name', 'tool'].includes(f.label) && asked.has(text.slice(f.start, f.end).toLowerCase())),
  );
  const vague = found.vague;

  // Words inside fillers, hedges and vague phrases say nothing about the topic.
  const noise = new Set<number>();
  for (const f of [...fillers, ...hedges, ...vague]) {
    for (const t of tokens) if (t.start >= f.start && t.end <= f.end) noise.add(t.index);
  }
  const concepts = tokens.map((t) =>
    STOP_WORDS.has(t.lower) || t.lower.length < 2 || noise.has(t.index) ? null : conceptOf(t.lower),
  );
  // A named tool answers a question about "tools"; an amount of money one about "cost".
  for (const f of specifics) {
    const implied = IMPLIED_CONCEPT[f.label];
    const at = tokens.find((t) => t.start >= f.start)?.index;
    if (implied !== undefined && at !== undefined && concepts[at] !== null) concepts.push(implied);
  }
  const index = indexConcepts(concepts);
  const contentConcepts = concepts.filter((c): c is string => c !== null && !/^\d+$/.test(c));
  const questionWords = new Map<string, string>();
  for (const t of tokenize(input.question.text)) {
    const c = conceptOf(t.lower);
    if (!questionWords.has(c)) questionWords.set(c, t.lower);
  }

  const hypothetical = profile.type !== 'behavioral';
  const star = analyzeStar(sentences, hypothetical);

  // Meaning: of the whole answer against the question and the bank, of each sentence against each key point.
  const answerMeaning = semantics?.meaning(text) ?? null;
  const given = profile.keyPoints.filter((k) => !k.derived);
  const context = [input.question.modelAnswer ?? '', ...given.map((k) => k.text)].join(' ').trim();
  const semantic =
    semantics && answerMeaning
      ? semantics.relevance({ text: input.question.text, context: context.length > 0 ? context : null }, answerMeaning)
      : null;
  const keyPoints = matchKeyPoints(
    profile.keyPoints,
    index,
    sentences,
    semantics
      ? {
          sentences: sentences.map((s) => semantics.meaning(text.slice(s.start, s.end))),
          keyPoint: (k) => semantics.meaning(`${k.text} ${k.cues.join(' ')}`, true),
        }
      : null,
    profile.questionConcepts,
  );
  // A key point about the outcome agrees with the STAR panel: a result told is the point covered,
  // quoted by the same sentence.
  if (star.result.present && star.result.evidence !== null) {
    for (const k of keyPoints) {
      if (k.derived || !OUTCOME_POINT.test(k.text)) continue;
      k.covered = true;
      k.score = 1;
      k.evidence = star.result.evidence;
    }
  }
  const givenPoints = keyPoints.filter((k) => !k.derived);
  const keyPointShare =
    givenPoints.length === 0 ? null : givenPoints.filter((k) => k.covered).length / givenPoints.length;
  const relevance = combineRelevance(
    measureRelevance(profile, index, contentConcepts, questionWords),
    semantic,
    keyPointShare,
  );
  const gaming = detectGaming({
    text: input.answer,
    tokens,
    sentences,
    questionText: input.question.text,
    keyPointTexts: profile.keyPoints.filter((k) => !k.derived).map((k) => k.text),
    placeholders,
    specifics,
    cueSentences: star.cueSentences,
  });

  return {
    text: input.answer,
    tokens,
    sentences,
    profile,
    wordCount: tokens.length,
    ideal: IDEAL_WORDS[profile.type],
    fillers,
    hedges,
    specifics,
    vague,
    negative: findNegativeTone(sentences),
    peopleTone: peopleTone(sentences),
    placeholders,
    shouting,
    gaming,
    grammar,
    star,
    organization: analyzeOrganization(profile.type, sentences, punctuatedSentenceLengths(text, tokens)),
    keyPoints,
    relevance,
    durationSec: input.durationSec ?? input.voice?.durationSec ?? null,
    wpm: wordsPerMinute(tokens.length, input.durationSec ?? input.voice?.speechSec),
    voice: input.voice ?? null,
    transcriptWpm:
      input.answerIsTranscript && input.voice ? wordsPerMinute(tokens.length, input.voice.speechSec) : null,
  };
}
