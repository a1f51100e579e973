import type { Token } from '../text/tokenize';
import type { Finding } from './finding';

/**
 * Filler words and hedges. Context decides the ambiguous ones: "like" is a filler in
 * "we had, like, 20 tickets" but not in "I'd like to"; "kind of" hedges in "kind of slow" but
 * is a noun phrase in "what kind of team".
 */

const ALWAYS_FILLER = new Set([
  'um',
  'umm',
  'uh',
  'uhh',
  'uhm',
  'er',
  'erm',
  'ah',
  'hmm',
  'mm',
  'basically',
  'literally',
  'actually',
]);
const AFTER_FILLER_LIKE = new Set([
  'really',
  'totally',
  'super',
  'so',
  'very',
  'basically',
  'literally',
  'just',
  'um',
  'uh',
  'you',
  'kind',
  'sort',
]);
const NOUN_DETERMINERS = new Set([
  'what',
  'this',
  'that',
  'the',
  'a',
  'any',
  'every',
  'which',
  'some',
  'same',
  'different',
  'one',
  'another',
  "that's",
  'these',
  'those',
  'all',
  'our',
  'my',
  'their',
  'your',
  'its',
  'his',
  'her',
  'right',
  'wrong',
  'first',
  'new',
]);
const KNOW_OBJECTS = new Set([
  'how',
  'what',
  'that',
  'the',
  'a',
  'an',
  'this',
  'about',
  'where',
  'when',
  'why',
  'who',
  'which',
  'if',
  'him',
  'her',
  'them',
  'it',
  'whether',
  'your',
  'our',
  'my',
  'their',
  'more',
  'exactly',
]);
const VAGUE_TAILS: ReadonlyArray<readonly [string, string]> = [
  ['or', 'something'],
  ['and', 'stuff'],
  ['and', 'whatnot'],
  ['or', 'whatever'],
  ['and', 'everything'],
];
const SINGLE_HEDGES = new Set([
  'maybe',
  'perhaps',
  'probably',
  'possibly',
  'hopefully',
  'somewhat',
  'presumably',
  'arguably',
]);
const HEDGE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['i', 'think'],
  ['i', 'guess'],
  ['i', 'suppose'],
  ['not', 'sure'],
  ['a', 'bit'],
  ['a', 'little'],
];
const NUMBER_WORD = /^(two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundred)$/;
const JUST_NOT_HEDGE = new Set(['in', 'as', 'before', 'after', 'like', 'now', 'because', 'one', 'two', 'a']);

export interface FillerHedgeFindings {
  fillers: Finding[];
  hedges: Finding[];
}

export function findFillersAndHedges(text: string, tokens: readonly Token[]): FillerHedgeFindings {
  const fillers: Finding[] = [];
  const hedges: Finding[] = [];
  const gapBefore = (i: number): string => {
    const prev = tokens[i - 1];
    const cur = tokens[i];
    if (!cur) return '';
    return prev ? text.slice(prev.end, cur.start) : text.slice(0, cur.start);
  };
  const gapAfter = (i: number): string => {
    const cur = tokens[i];
    const next = tokens[i + 1];
    if (!cur) return '';
    return next ? text.slice(cur.end, next.start) : text.slice(cur.end);
  };
  const lower = (i: number): string => tokens[i]?.lower ?? '';
  const atClauseStart = (i: number): boolean => i === 0 || /[.!?\n,;:—–-]/u.test(gapBefore(i));
  const pausesAfter = (i: number): boolean => i === tokens.length - 1 || /[,.!?\n;:—–-]/u.test(gapAfter(i));
  const span = (from: number, to: number, label: string): Finding => ({
    start: tokens[from]?.start ?? 0,
    end: tokens[to]?.end ?? 0,
    label,
  });

  for (let i = 0; i < tokens.length; i++) {
    const w = lower(i);
    const next = lower(i + 1);

    if (ALWAYS_FILLER.has(w)) {
      fillers.push(span(i, i, normaliseFiller(w)));
      continue;
    }
    if (w === 'like') {
      const prev = lower(i - 1);
      const nextIsNumber = /^\d/.test(next) || NUMBER_WORD.test(next);
      const quotative = ['was', 'were', "i'm", "he's", "she's", "they're", "we're"].includes(prev) && pausesAfter(i);
      if (
        (atClauseStart(i) && !['a', 'an', 'the', 'this', 'that', 'to', 'it', 'them'].includes(next)) ||
        pausesAfter(i) ||
        AFTER_FILLER_LIKE.has(next) ||
        (nextIsNumber && !['would', "i'd", 'feel', 'felt', 'looks', 'look', 'seems'].includes(prev)) ||
        quotative
      ) {
        fillers.push(span(i, i, 'like'));
      }
      continue;
    }
    if (w === 'you' && next === 'know') {
      const after = lower(i + 2);
      const prev = lower(i - 1);
      const asked = ['do', 'did', 'if', 'would', "don't", 'will', 'as'].includes(prev);
      if (!asked && (pausesAfter(i + 1) || (atClauseStart(i) && !KNOW_OBJECTS.has(after)))) {
        fillers.push(span(i, i + 1, 'you know'));
        i++;
      }
      continue;
    }
    if (w === 'i' && next === 'mean') {
      if (pausesAfter(i + 1) || atClauseStart(i)) {
        fillers.push(span(i, i + 1, 'I mean'));
        i++;
        continue;
      }
    }
    if ((w === 'kind' || w === 'sort') && next === 'of') {
      const prev = lower(i - 1);
      if (NOUN_DETERMINERS.has(prev)) {
        i++;
        continue;
      }
      const label = `${w} of`;
      if (atClauseStart(i) && pausesAfter(i + 1)) fillers.push(span(i, i + 1, label));
      else hedges.push(span(i, i + 1, label));
      i++;
      continue;
    }
    const tail = VAGUE_TAILS.find(([a, b]) => a === w && b === next);
    if (tail && pausesAfter(i + 1)) {
      fillers.push(span(i, i + 1, `${tail[0]} ${tail[1]}`));
      i++;
      continue;
    }
    if (w === 'right' && /\?/.test(gapAfter(i)) && /,\s*$/.test(gapBefore(i))) {
      fillers.push(span(i, i, 'right?'));
      continue;
    }

    // Hedges.
    if (SINGLE_HEDGES.has(w)) {
      hedges.push(span(i, i, w));
      continue;
    }
    const pair = HEDGE_PAIRS.find(([a, b]) => a === w && b === next);
    if (pair) {
      hedges.push(span(i, i + 1, pair[0] === 'i' ? `I ${pair[1]}` : `${pair[0]} ${pair[1]}`));
      i++;
      continue;
    }
    if (w === 'i' && next === 'feel' && lower(i + 2) === 'like') {
      hedges.push(span(i, i + 2, 'I feel like'));
      i += 2;
      continue;
    }
    if (w === 'might' && ['have', 'be', 'not', 'work', 'help'].includes(next)) {
      hedges.push(span(i, i, 'might'));
      continue;
    }
    if (w === 'just' && !JUST_NOT_HEDGE.has(next) && !/^\d/.test(next)) {
      hedges.push(span(i, i, 'just'));
      continue;
    }
  }
  return { fillers, hedges };
}

function normaliseFiller(w: string): string {
  if (w === 'umm' || w === 'uhm') return 'um';
  if (w === 'uhh') return 'uh';
  if (w === 'erm') return 'er';
  return w;
}
