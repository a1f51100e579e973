import type { Rng } from './rng';

/**
 * Answers of four levels made from a bank question's model answer, the way real candidates fall
 * short of it: a strong answer is the model answer (spoken: with a filler or two); a good one
 * skips a step; a fair one loses its numbers and its result and hedges; a weak one is the set-up
 * with a vague ending. Spoken answers are transcripts, so they carry fillers ("um", "you know").
 */
export type AnswerLevel = 1 | 2 | 3 | 4;
export const ANSWER_LEVELS: readonly AnswerLevel[] = [1, 2, 3, 4];

const HAS_NUMBER =
  /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|half|double|twice)\b/i;
const REFLECTION = /^(what i (learned|took|learnt)|i learned|i learnt|the lesson|looking back|since then|now i)/i;

const VAGUE_ENDINGS = [
  'In the end it worked out okay and people were happy with it.',
  'It went fine overall and we moved on to the next thing.',
  'Things got better after that, more or less.',
  'Everyone was pretty happy with how it turned out.',
];
const FAIR_ENDINGS = [
  'It went well overall.',
  'The result was good and the team was happy.',
  'In the end it was a success.',
];
const SPOKEN_OPENERS = ['So, um, ', 'Okay, so ', 'Um, so ', 'Right, so, '];
const SPOKEN_FILLERS = [', um, ', ', you know, ', ', like, ', ', uh, ', ', basically, '];
const HEDGES = ['I think ', 'I guess ', 'Maybe ', 'Probably '];

export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z"“])/)
    .filter(Boolean);
}

function lowerFirst(sentence: string): string {
  return /^I\b/.test(sentence) ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/** Adds a hedge to the start of a sentence: "I think we…". */
function hedge(sentence: string, rng: Rng): string {
  return `${rng.pick(HEDGES)}${lowerFirst(sentence)}`;
}

/** Puts a spoken filler after a comma, or before the sentence's last few words when it has none. */
function withFiller(sentence: string, rng: Rng): string {
  const filler = rng.pick(SPOKEN_FILLERS);
  const comma = sentence.indexOf(', ');
  if (comma > 0) return `${sentence.slice(0, comma)}${filler}${sentence.slice(comma + 2)}`;
  const words = sentence.split(' ');
  if (words.length < 6) return sentence;
  const at = Math.floor(words.length / 2);
  return `${words.slice(0, at).join(' ')}${filler}${words.slice(at).join(' ')}`;
}

/** Fillers in `count` different sentences (as many as there are), never two in one spot. */
function sprinkle(sentences: string[], rng: Rng, count: number): string[] {
  const out = [...sentences];
  const spots = rng.shuffle(out.map((_, i) => i)).slice(0, count);
  for (const at of spots) out[at] = withFiller(out[at] ?? '', rng);
  return out;
}

export interface VariantOptions {
  level: AnswerLevel;
  spoken: boolean;
}

export function answerVariant(modelAnswer: string, options: VariantOptions, rng: Rng): string {
  const all = splitSentences(modelAnswer);
  if (all.length === 0) return modelAnswer;
  let sentences: string[];
  let fillers: number;
  switch (options.level) {
    case 4:
      sentences = all;
      fillers = 1;
      break;
    case 3: {
      // Skip one step from the middle of the story.
      const middle = all.length > 4 ? rng.int(1, all.length - 3) : -1;
      sentences = all.filter((_, i) => i !== middle);
      fillers = 3;
      break;
    }
    case 2: {
      const kept = all.slice(0, -1).filter((s, i) => i === 0 || (!HAS_NUMBER.test(s) && !REFLECTION.test(s)));
      sentences = [...kept.slice(0, Math.max(2, Math.ceil(kept.length * 0.8))), rng.pick(FAIR_ENDINGS)];
      if (sentences.length > 2) sentences[1] = hedge(sentences[1] ?? '', rng);
      fillers = 5;
      break;
    }
    case 1: {
      sentences = [
        ...all.slice(0, Math.min(2, all.length)).map((s, i) => (i === 1 ? hedge(s, rng) : s)),
        rng.pick(VAGUE_ENDINGS),
      ];
      fillers = 6;
      break;
    }
  }
  if (options.spoken) {
    sentences = sprinkle(sentences, rng, fillers);
    sentences[0] = `${rng.pick(SPOKEN_OPENERS)}${lowerFirst(sentences[0] ?? '')}`;
  } else if (options.level <= 2) {
    // Typed answers carry fewer fillers, but weak ones still "basically" and "actually" their way along.
    sentences = sprinkle(sentences, rng, options.level === 1 ? 2 : 1).map((s) =>
      s.replace(/, (um|uh), /g, ', basically, '),
    );
  }
  return sentences.join(' ');
}

/** Seconds a typed answer of this many words plausibly took to write. */
export function typedDuration(words: number, rng: Rng): number {
  return Math.round((words / rng.int(25, 40)) * 60);
}
