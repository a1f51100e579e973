import type { GamingGuard } from '../schema';
import { STOP_WORDS } from '../text/stopwords';
import { conceptOf } from '../text/synonyms';
import { tokenize, type Sentence, type Token } from '../text/tokenize';
import type { Finding } from './finding';
import { isShouting } from './shouting';

/**
 * Guards against answers dressed up to look good to a word-matcher: lists of key terms, echoes of
 * the question or its key points, unfilled templates, STAR cue phrases with nothing under them,
 * padding that repeats itself, and shouting. Each finding has a severity (0–1, where 0.5 and
 * above means "this is what the answer mostly is") and the quotes that show it.
 */
export interface GamingFinding {
  guard: GamingGuard;
  severity: number;
  /** Verbatim substrings of the answer. */
  evidence: string[];
  /** What was measured, for the feedback message. */
  detail: string;
}

export interface GamingInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  questionText: string;
  keyPointTexts: readonly string[];
  placeholders: readonly Finding[];
  specifics: readonly Finding[];
  /** Sentences that a STAR cue phrase matched. */
  cueSentences: readonly Sentence[];
}

/** The cue words themselves: what is left of a cue sentence without them is its content. */
const CUE_WORDS = new Set(
  (
    'situation task goal aim objective job role responsibility action actions result results outcome outcomes end ' +
    'ultimately eventually finally lesson lessons learned learnt takeaway since impact success successful resulted ' +
    'resulting led decided took action acted achieved delivered positive good better improved worked'
  ).split(' '),
);

export function detectGaming(input: GamingInput): GamingFinding[] {
  const out: GamingFinding[] = [];
  const push = (f: GamingFinding | null): void => {
    if (f !== null && f.severity > 0) out.push(f);
  };
  push(keywordList(input));
  push(echo(input));
  push(placeholders(input));
  push(cueStuffing(input));
  push(padding(input));
  push(shouting(input));
  return out;
}

/** Share of the words that are function words ("the", "was", "to"): prose has 35–55%, term lists under 15%. */
export function functionWordShare(tokens: readonly Token[]): number {
  if (tokens.length === 0) return 0;
  return tokens.filter((t) => STOP_WORDS.has(t.lower)).length / tokens.length;
}

function keywordList({ text, tokens, sentences }: GamingInput): GamingFinding | null {
  if (tokens.length < 8) return null;
  const share = functionWordShare(tokens);
  const fragments = text.split(/[,.;:\n•]+/u).filter((f) => /\p{L}/u.test(f));
  const wordsPerFragment = tokens.length / Math.max(1, fragments.length);
  // Terms strung together: few function words and short comma-separated fragments.
  let severity = clamp01((0.24 - share) / 0.12) * clamp01((6 - wordsPerFragment) / 2.5);
  // Or the same short frame repeated with a new term each time: "I used empathy. I used data."
  const short = sentences.filter((s) => s.endToken - s.firstToken <= 5);
  const frames = new Set(short.map((s) => `${tokens[s.firstToken]?.lower} ${tokens[s.firstToken + 1]?.lower}`));
  if (sentences.length >= 5 && short.length / sentences.length >= 0.7 && frames.size <= 2)
    severity = Math.max(severity, 0.8);
  if (severity < 0.3) return null;
  return {
    guard: 'keyword-list',
    severity,
    evidence: sentences.slice(0, 2).map((s) => shortQuote(s.text)),
    detail: `${Math.round(share * 100)}% of the words join ideas together (prose has 35–55%), and the phrases average ${wordsPerFragment.toFixed(1)} words`,
  };
}

function trigrams(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function echo({ tokens, sentences, questionText, keyPointTexts }: GamingInput): GamingFinding | null {
  if (tokens.length < 12) return null;
  const source = new Set(
    [questionText, ...keyPointTexts].flatMap((t) => trigrams(tokenize(t).map((w) => conceptOf(w.lower)))),
  );
  const words = tokens.map((t) => conceptOf(t.lower));
  const grams = trigrams(words);
  if (grams.length === 0) return null;
  const copied = new Array<boolean>(words.length).fill(false);
  grams.forEach((g, i) => {
    if (source.has(g)) copied[i] = copied[i + 1] = copied[i + 2] = true;
  });
  const share = copied.filter(Boolean).length / words.length;
  // Restating the question once in a first sentence is fine; building the answer from it is not.
  const severity = clamp01((share - 0.18) / 0.22);
  if (severity < 0.3) return null;
  const echoed = sentences.filter((s) => {
    let n = 0;
    for (let i = s.firstToken; i < s.endToken; i++) if (copied[i]) n++;
    return n / Math.max(1, s.endToken - s.firstToken) >= 0.5;
  });
  return {
    guard: 'echo',
    severity,
    evidence: echoed.slice(0, 3).map((s) => shortQuote(s.text)),
    detail: `${Math.round(share * 100)}% of the answer repeats the wording of the question or its key points`,
  };
}

function placeholders({ text, placeholders: found }: GamingInput): GamingFinding | null {
  if (found.length === 0) return null;
  const severity = clamp01(found.length / 4);
  return {
    guard: 'placeholders',
    severity: found.length >= 2 ? Math.max(0.5, severity) : severity,
    evidence: found.slice(0, 4).map((f) => text.slice(f.start, f.end)),
    detail: `${found.length} template placeholder${found.length === 1 ? '' : 's'}`,
  };
}

function cueStuffing({ tokens, sentences, cueSentences, specifics }: GamingInput): GamingFinding | null {
  if (sentences.length < 4) return null;
  const hollow = cueSentences.filter((s) => {
    if (specifics.some((f) => f.start >= s.start && f.end <= s.end)) return false;
    let content = 0;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i];
      if (t && !STOP_WORDS.has(t.lower) && !CUE_WORDS.has(t.lower)) content++;
    }
    return content <= 2;
  });
  if (hollow.length < 4) return null;
  const severity = clamp01((hollow.length / sentences.length - 0.2) / 0.3);
  if (severity < 0.3) return null;
  return {
    guard: 'cue-stuffing',
    severity,
    evidence: hollow.slice(0, 4).map((s) => shortQuote(s.text)),
    detail: `${hollow.length} of ${sentences.length} sentences are story cues ("My task was…", "As a result…") with almost nothing after them`,
  };
}

function padding({ tokens, sentences }: GamingInput): GamingFinding | null {
  const content = tokens.filter((t) => !STOP_WORDS.has(t.lower) && t.lower.length > 2).map((t) => conceptOf(t.lower));
  if (content.length < 40) return null;
  const counts = new Map<string, number>();
  for (const c of content) counts.set(c, (counts.get(c) ?? 0) + 1);
  const top = [...counts.values()].sort((a, b) => b - a).slice(0, 5);
  const topShare = top.reduce((s, n) => s + n, 0) / content.length;
  const distinct = counts.size / content.length;
  // Answers that keep saying the same few things: the five commonest words carry a large share.
  const severity = Math.max(clamp01((topShare - 0.3) / 0.15), clamp01((0.42 - distinct) / 0.12));
  if (severity < 0.3) return null;
  const topWords = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([c]) => tokens.find((t) => conceptOf(t.lower) === c)?.lower ?? c);
  const repeats = sentences.filter((s) => topWords.some((w) => s.text.toLowerCase().includes(w)));
  return {
    guard: 'padding',
    severity,
    evidence: repeats.slice(1, 4).map((s) => shortQuote(s.text)),
    detail: `the same few words (${topWords.map((w) => `'${w}'`).join(', ')}) make up ${Math.round(topShare * 100)}% of what you say`,
  };
}

function shouting({ text, sentences }: GamingInput): GamingFinding | null {
  if (!isShouting(text)) return null;
  return {
    guard: 'shouting',
    severity: 1,
    evidence: sentences.slice(0, 1).map((s) => shortQuote(s.text)),
    detail: 'most of the answer is in capital letters',
  };
}

function shortQuote(s: string): string {
  if (s.length <= 120) return s;
  const space = s.lastIndexOf(' ', 120);
  return s.slice(0, space > 60 ? space : 120);
}

function clamp01(n: number): number {
  return Math.max(0, Math.min(1, n));
}
