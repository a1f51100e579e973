import type { Analysis } from './analyze';
import { shorten, snippet, snippetRange } from './evidence';
import { countByLabel, per100, type Finding } from './measures/finding';
import { SPEAKING_WPM, TOO_LONG_RATIO, TOO_SHORT_RATIO } from './measures/length';
import type { FeedbackArea, FeedbackItem, GamingGuard } from './schema';
import { isOffTopic, runOn, type Scores } from './scoring';

/**
 * Turns measurements into feedback a candidate can act on. Each item names one area, says what
 * was found with numbers, quotes the answer, and says what to do instead. Improvements come first,
 * most important first; then strengths.
 */
export function buildFeedback(a: Analysis, scores: Scores): FeedbackItem[] {
  const improve: Array<FeedbackItem & { rank: number }> = [];
  const strengths: FeedbackItem[] = [];
  const add = (rank: number, area: FeedbackArea, message: string, evidence: string[] = []): void => {
    improve.push({ kind: 'improve', area, message, evidence: dedupe(evidence), rank });
  };
  // Gaming guards come first: they explain a low score that the rest of the feedback would not.
  for (const g of a.gaming) {
    if (g.severity < 0.3) continue;
    const guide = GUARD_FEEDBACK[g.guard];
    improve.push({
      kind: 'improve',
      area: guide.area,
      guard: g.guard,
      message: guide.message(g.detail, g.evidence),
      evidence: dedupe(g.evidence),
      rank: -1,
    });
  }
  const caught = a.gaming.some((g) => g.severity >= 0.5);
  const praise = (area: FeedbackArea, message: string, evidence: string[] = []): void => {
    strengths.push({ kind: 'strength', area, message, evidence: dedupe(evidence) });
  };
  const words = a.wordCount;
  const text = a.text;
  const first = a.sentences[0];
  const offTopic = isOffTopic(a);
  const typeLabel = TYPE_LABEL[a.profile.type];

  // Relevance.
  if (offTopic) {
    const missing = a.relevance.missingQuestionConcepts.slice(0, 3).map((w) => `'${w}'`);
    add(
      0,
      'relevance',
      `This answer does not seem to address the question${missing.length > 0 ? ` — it never mentions ${joinWords(missing)}` : ''}, and little of it uses the question's topic (relevance ${Math.round(a.relevance.score * 100)}%). Answer the question directly in your first sentence, then support it.`,
      first ? [shorten(first.text)] : [],
    );
  }

  // Length.
  if (words < a.ideal.min * TOO_SHORT_RATIO) {
    add(
      1,
      'length',
      `Your answer is only ${words} word${words === 1 ? '' : 's'} — too short for ${typeLabel}, which needs about ${a.ideal.min}–${a.ideal.max} words (${secondsFor(a.ideal.min)}–${secondsFor(a.ideal.max)} seconds spoken). ${LENGTH_HINT[a.profile.type]}`,
      [shorten(text.trim(), 160)],
    );
  } else if (words < a.ideal.min) {
    // The same line the screens quote as "aim for …": below it, say so, in every mode.
    add(
      4,
      'length',
      `Your answer is ${words} words, below the ${a.ideal.min}–${a.ideal.max} to aim for ${typeLabel}. ${LENGTH_HINT[a.profile.type]}`,
    );
  } else if (words > a.ideal.max * TOO_LONG_RATIO) {
    add(
      5,
      'length',
      `Your answer is ${words} words; beyond about ${a.ideal.max} words interviewers lose the thread. Cut background and keep what you did and the result.`,
    );
  } else if (words >= a.ideal.min && words <= a.ideal.max && !offTopic) {
    praise(
      'length',
      `Good length: ${words} words is within the ${a.ideal.min}–${a.ideal.max} words that suit ${typeLabel}.`,
    );
  }
  if (a.durationSec !== null && a.durationSec > secondsFor(a.ideal.max) * 1.5) {
    add(
      6,
      'length',
      `You took ${formatDuration(a.durationSec)}; aim to finish within about ${formatDuration(secondsFor(a.ideal.max))}.`,
    );
  }

  // Structure, STAR and result.
  if (a.profile.type === 'behavioral') structureFeedbackStar(a, add, praise);
  else structureFeedbackOther(a, add, praise);
  if (runOn(a)) {
    const longest = longestSentence(a);
    add(
      3,
      'structure',
      `One sentence runs ${a.organization.longestSentenceWords} words, so the steps blur together. Break the answer into short sentences, one step each, with signposts like "First…", "Then…", "As a result…".`,
      longest ? [shorten(longest)] : [],
    );
  }

  // Key points.
  const given = a.keyPoints.filter((k) => !k.derived);
  const covered = a.keyPoints.filter((k) => k.covered);
  const missed = a.keyPoints.filter((k) => !k.covered);
  if (!offTopic && missed.length > 0) {
    if (given.length > 0) {
      add(
        4,
        'key-points',
        `You covered ${covered.length} of ${a.keyPoints.length} key points interviewers listen for. Not covered yet: ${missed
          .slice(0, 3)
          .map((k) => `"${k.text}"`)
          .join('; ')}.`,
      );
    } else if (covered.length < a.keyPoints.length / 3) {
      add(
        4,
        'key-points',
        `The question asks about ${joinWords(missed.map((k) => k.text.replace(/^Address (.*) from the question$/u, '$1')))}, which your answer does not address directly.`,
      );
    }
  }
  if (given.length > 0 && scores.keyPointCoverage >= 0.6) {
    praise(
      'key-points',
      `You covered ${covered.length} of ${a.keyPoints.length} key points, including "${covered[0]?.text ?? ''}".`,
      covered.flatMap((k) => (k.evidence ? [shorten(k.evidence)] : [])).slice(0, 2),
    );
  }

  // Specifics.
  const specPer100 = per100(a.specifics.length, words);
  if ((a.specifics.length === 0 && words >= 20) || (specPer100 < 1.2 && words >= 60) || a.vague.length >= 3) {
    const vagueWords = countByLabel(a.vague)
      .slice(0, 3)
      .map((v) => `'${v.label}'`);
    add(
      2,
      'specifics',
      `Few concrete details: ${a.specifics.length} number${a.specifics.length === 1 ? '' : 's'}, names or tools in ${words} words${vagueWords.length > 0 ? `, and vague words like ${joinWords(vagueWords)}` : ''}. Say how many, how much, how long and with what — e.g. "cut response time from 2 days to 4 hours using Zendesk macros".`,
      quotes(text, a.vague, 3),
    );
  } else if (a.specifics.length >= 3 && specPer100 >= 1.5 && !offTopic) {
    praise(
      'specifics',
      `Concrete details make the answer credible: ${a.specifics
        .slice(0, 4)
        .map((f) => `'${text.slice(f.start, f.end)}'`)
        .join(', ')}.`,
      a.specifics.slice(0, 4).map((f) => text.slice(f.start, f.end)),
    );
  }

  // Fillers and hedges.
  const fillerRate = per100(a.fillers.length, words);
  if (a.fillers.length >= 3 && fillerRate >= 2.5) {
    const tops = countByLabel(a.fillers)
      .slice(0, 3)
      .map((f) => `'${f.label}' ${f.count} time${f.count === 1 ? '' : 's'}`);
    const example = a.fillers[0];
    add(
      2,
      'fillers',
      `You used ${joinWords(tops)} — ${fillerRate} filler words per 100 words (aim for under 1)${example ? `, e.g. '${snippet(text, example.start, example.end)}'` : ''}. Pause silently instead of filling the gap.`,
      quotes(text, a.fillers, 3),
    );
  } else if (words >= 50 && fillerRate < 1) {
    praise(
      'fillers',
      a.fillers.length === 0
        ? 'No filler words ("um", "like", "you know"): the answer sounds prepared.'
        : `Only ${a.fillers.length} filler word${a.fillers.length === 1 ? '' : 's'} in ${words} words: the answer sounds prepared.`,
    );
  }
  const hedgeRate = per100(a.hedges.length, words);
  if (a.hedges.length >= 3 && hedgeRate >= 2) {
    const tops = countByLabel(a.hedges)
      .slice(0, 3)
      .map((h) => `'${h.label}'`);
    add(
      5,
      'hedging',
      `You hedged ${a.hedges.length} times (${joinWords(tops)}), ${hedgeRate} per 100 words. State what you did and decided plainly — "I decided…" rather than "I think maybe we…".`,
      quotes(text, a.hedges, 3),
    );
  }

  // Grammar.
  if (a.grammar !== null) {
    const n = a.grammar.length;
    const rate = per100(n, words);
    if ((n >= 2 && rate >= 1.5) || n >= 4) {
      const example = a.grammar[0];
      add(
        2,
        'grammar',
        `${n} grammar or spelling issue${n === 1 ? '' : 's'} (${rate} per 100 words)${example ? `, e.g. '${example.problem}': ${sentence(example.message)}${example.suggestion ? ` Try '${example.suggestion}'.` : ''}` : '.'} Re-read written answers before you submit; in speech, slow down on verb forms.`,
        quotes(
          text,
          a.grammar.map((g) => ({ start: g.start, end: g.end, label: g.kind })),
          3,
          20,
        ),
      );
    } else if (n === 0 && words >= 40) {
      praise('grammar', 'No grammar or spelling issues found.');
    }
  }

  // Tone.
  if (a.negative.length > 0) {
    const labels = [...new Set(a.negative.map((f) => `'${text.slice(f.start, f.end)}'`))].slice(0, 3);
    add(
      1,
      'tone',
      `Negative or blaming language about others (${joinWords(labels)}). Interviewers hear blame as a warning sign: describe the problem factually and focus on what you did about it.`,
      quotes(text, a.negative, 3),
    );
  }

  // Delivery: voice metrics when recorded; pace from the timer when the answer was spoken.
  if (scores.delivery) {
    for (const issue of scores.delivery.issues) add(issue.penalty >= 15 ? 3 : 6, 'delivery', issue.message);
    if (scores.delivery.wpm >= SPEAKING_WPM.low && scores.delivery.wpm <= SPEAKING_WPM.high) {
      const about = scores.delivery.wpmFromTranscript ? '' : 'about ';
      praise('delivery', `Good pace: ${about}${scores.delivery.wpm} words per minute.`);
    }
  } else if (a.wpm !== null && a.wpm >= 90 && a.wpm <= 260 && (a.wpm < SPEAKING_WPM.low || a.wpm > SPEAKING_WPM.high)) {
    add(
      6,
      'delivery',
      `About ${a.wpm} words per minute; ${SPEAKING_WPM.low}–${SPEAKING_WPM.high} is easiest to follow. ${a.wpm < SPEAKING_WPM.low ? 'Rehearse so the story flows.' : 'Slow down and pause after key points.'}`,
    );
  }

  improve.sort((x, y) => x.rank - y.rank);
  // Praise for the form of an answer that was caught gaming the checks would contradict its score.
  return [...improve.map(({ rank: _rank, ...item }) => item), ...(caught ? [] : strengths)];
}

const GUARD_FEEDBACK: Readonly<
  Record<GamingGuard, { area: FeedbackArea; message: (detail: string, evidence: readonly string[]) => string }>
> = {
  'keyword-list': {
    area: 'content',
    message: (d) =>
      `This reads as a list of key terms, not an answer: ${d}. Interviewers score what you did and why, not which words appear — tell it in sentences: what happened, what you did, what changed.`,
  },
  echo: {
    area: 'content',
    message: (d) =>
      `Keyword echo: ${d} instead of answering it. Replace each restated point with what you actually did or would do, with an example.`,
  },
  placeholders: {
    area: 'specifics',
    message: (d, ev) =>
      `Template placeholders: ${d} (${ev
        .slice(0, 3)
        .map((e) => `'${e}'`)
        .join(
          ', ',
        )}). Fill them with your real company, numbers and dates — placeholders are not details and do not count as specifics.`,
  },
  'cue-stuffing': {
    area: 'structure',
    message: (d) =>
      `STAR cue stuffing: ${d}. A cue only helps when what follows it says what actually happened — who, what you did, and what changed, with numbers.`,
  },
  padding: {
    area: 'content',
    message: (d) =>
      `Padding: ${d}. Say each thing once and spend the words on details — what you did, with whom, and what changed.`,
  },
  shouting: {
    area: 'grammar',
    message: () =>
      'Most of the answer is in capital letters, which reads as shouting. Write in normal sentence case; words in capitals are not counted as names or acronyms.',
  },
};

type Add = (rank: number, area: FeedbackArea, message: string, evidence?: string[]) => void;
type Praise = (area: FeedbackArea, message: string, evidence?: string[]) => void;

function structureFeedbackStar(a: Analysis, add: Add, praise: Praise): void {
  const s = a.star;
  const missing: string[] = [];
  if (!s.situation.present && !s.task.present) missing.push('the situation (where, when, what was at stake)');
  if (!s.action.present) missing.push('the actions you took yourself');
  if (missing.length > 0 && a.wordCount >= 12) {
    add(
      3,
      'structure',
      `The story is missing ${joinWords(missing)}. Use STAR: Situation, Task, Action, Result — one or two sentences each.`,
      a.sentences[0] ? [shorten(a.sentences[0].text)] : [],
    );
  }
  if (!s.result.present && a.wordCount >= 12) {
    const last = a.sentences.at(-1);
    add(
      2,
      'result',
      `You describe what happened but not how it ended. Finish with the result — what changed, by how much, and what you learned.`,
      last ? [shorten(last.text)] : [],
    );
  }
  if ((s.situation.present || s.task.present) && s.action.present && s.result.present) {
    const ev = [s.situation.evidence ?? s.task.evidence, s.task.evidence, s.action.evidence, s.result.evidence].filter(
      (e): e is string => e !== null,
    );
    // "STAR" only when all four parts are there, so the praise agrees with the STAR panel.
    praise(
      'structure',
      s.situation.present && s.task.present
        ? 'Clear STAR structure: you set the scene, say what you had to do, what you did and end with the result.'
        : 'Clear story: you set the scene, say what you did and end with the result. Add what your task or goal was to complete STAR.',
      ev.map((e) => shorten(e, 100)),
    );
  }
  // Counts come with the sentences they count.
  const quoteAll = (list: readonly { text: string }[]): string[] => list.slice(0, 3).map((x) => shorten(x.text));
  if (s.weActions >= 3 && s.iActions * 2 < s.weActions) {
    add(
      4,
      'ownership',
      `You describe actions with "we" ${s.weActions} times and "I" ${s.iActions} times. Interviewers need to know your part — say "I" for what you did yourself.`,
      quoteAll(s.weActionSentences),
    );
  } else if (s.iActions >= 2 && s.iActions >= s.weActions) {
    praise(
      'ownership',
      `You make your own part clear ("I" for ${s.iActions} of the ${s.iActions + s.weActions} actions).`,
      quoteAll(s.iActionSentences),
    );
  }
}

function structureFeedbackOther(a: Analysis, add: Add, praise: Praise): void {
  const parts = a.organization.parts;
  if (parts.length === 0) return;
  const missing = parts.filter((p) => !p.present);
  const outcome = parts.at(-1);
  const needsOutcome = a.profile.type === 'situational' || a.profile.type === 'case';
  // The last expected part is the outcome or recommendation; missing it is its own item.
  if (needsOutcome && outcome && !outcome.present && !a.star.result.present && a.wordCount >= 12) {
    add(
      2,
      'result',
      `You don't close with ${outcome.name}. Say what success would look like and how you would know you got there.`,
    );
  }
  const structural = missing.filter((p) => !(needsOutcome && p === outcome));
  if ((structural.length >= 2 || (a.organization.signposts === 0 && a.wordCount > 80)) && a.wordCount >= 12) {
    add(
      3,
      'structure',
      `For ${TYPE_LABEL[a.profile.type]}, interviewers listen for ${joinWords(parts.map((p) => p.name))}.${structural.length > 0 ? ` Missing: ${joinWords(structural.map((p) => p.name))}.` : ''} Signpost the steps ("First…", "Then…", "The trade-off is…").`,
    );
  } else if (missing.length === 0 && a.organization.signposts >= 2) {
    praise(
      'structure',
      `Well organised: ${joinWords(parts.map((p) => p.name))}, with signposts that make it easy to follow.`,
      parts.flatMap((p) => (p.evidence ? [shorten(p.evidence, 100)] : [])).slice(0, 2),
    );
  }
}

const TYPE_LABEL: Readonly<Record<Analysis['profile']['type'], string>> = {
  behavioral: 'a behavioural question',
  situational: 'a situational question',
  technical: 'a technical question',
  design: 'a design question',
  motivational: 'a motivation question',
  case: 'a case question',
};

const LENGTH_HINT: Readonly<Record<Analysis['profile']['type'], string>> = {
  behavioral: 'Add the situation, what you did step by step, and the result.',
  situational: 'Say what you would do first, who you would involve, and what outcome you aim for.',
  technical: 'Explain the idea, give an example, and name a trade-off.',
  design: 'Cover requirements and scale, the main components, and the trade-offs.',
  motivational: 'Give your reason, back it with something you have done, and link it to this role.',
  case: 'Structure the problem, name the metrics you would look at, and end with a recommendation.',
};

/** Up to `max` quotes around findings, skipping findings already inside an earlier quote. */
function quotes(text: string, findings: readonly Finding[], max: number, radius?: number): string[] {
  const out: string[] = [];
  let lastEnd = -1;
  for (const f of findings) {
    if (out.length >= max) break;
    if (f.start < lastEnd) continue;
    const [s, e] = snippetRange(text, f.start, f.end, radius);
    out.push(text.slice(s, e));
    lastEnd = e;
  }
  return out;
}

function longestSentence(a: Analysis): string | undefined {
  let best: string | undefined;
  let bestLen = 0;
  for (const s of a.sentences) {
    if (s.endToken - s.firstToken > bestLen) {
      bestLen = s.endToken - s.firstToken;
      best = s.text;
    }
  }
  return best;
}

function sentence(message: string): string {
  const trimmed = message.trim();
  return /[.!?]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

function dedupe(items: string[]): string[] {
  return [...new Set(items.filter((i) => i.length > 0))];
}

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function secondsFor(words: number): number {
  return Math.round((words / 140) * 60);
}

function formatDuration(sec: number): string {
  const m = Math.floor(sec / 60);
  const s = Math.round(sec % 60);
  return m === 0 ? `${s} s` : `${m} min ${String(s).padStart(2, '0')} s`;
}
