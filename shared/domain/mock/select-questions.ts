import { seededRandom, shuffled } from '../advisor/stats';
import type { MockMix } from './mock-config';

export interface MockCandidate {
  id: string;
  category: string;
  type: string;
  difficulty: 'easy' | 'medium' | 'hard';
  roles: readonly string[];
  /** Bank tags; "introduction" and "motivation" open an interview, "candidate-questions" closes it. */
  tags?: readonly string[];
}

export interface CandidateHistory {
  /** Last local day the question was answered. */
  lastDay: string;
}

export interface Selection {
  ids: string[];
  /** How many fewer questions than asked for were available. */
  shortfall: number;
}

const RECENT_DAYS = 30;
const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;
/** Interviews open with a question about the candidate and close with the candidate's questions and logistics. */
const OPENING_TAGS = ['introduction', 'career-story', 'motivation', 'role-fit'];
const CLOSING_TAGS = ['candidate-questions', 'availability', 'logistics', 'salary', 'negotiation'];
const hasTag = (c: MockCandidate, tags: readonly string[]): boolean => (c.tags ?? []).some((t) => tags.includes(t));
const isClosing = (c: MockCandidate): boolean => hasTag(c, CLOSING_TAGS);
/** An opening question: tagged as one, else any motivational question that is not a closing one; lower is better. */
const openingRank = (c: MockCandidate): number =>
  isClosing(c) ? 3 : hasTag(c, OPENING_TAGS) ? 0 : c.type === 'motivational' ? 1 : 3;

function dayIndex(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

/**
 * Picks `count` questions for a mock interview.
 * - Candidates: for a role, questions listing that role or "any" (role-specific ones preferred);
 *   for a category mix, questions in those categories.
 * - Spread: round-robin over the categories so the mix is balanced.
 * - Freshness: questions not answered in the last 30 days first, never-answered before those.
 * - Order: an opening question ("tell me about yourself", motivation) first if one was picked,
 *   then easy → hard as a real interview warms up, and closing ones ("any questions for us?",
 *   notice period) last.
 * `seed` makes it reproducible; the caller passes something new per mock.
 */
export function selectMockQuestions(
  candidates: readonly MockCandidate[],
  mix: MockMix,
  count: number,
  history: ReadonlyMap<string, CandidateHistory>,
  today: string,
  seed: string,
): Selection {
  const random = seededRandom(seed);
  const pool =
    mix.kind === 'role'
      ? candidates.filter((c) => c.roles.includes(mix.role) || c.roles.includes('any'))
      : candidates.filter((c) => (mix.categories as readonly string[]).includes(c.category));
  const staleness = (c: MockCandidate): number => {
    const h = history.get(c.id);
    if (!h) return 0;
    return dayIndex(today) - dayIndex(h.lastDay) >= RECENT_DAYS ? 1 : 2;
  };
  const roleRank = (c: MockCandidate): number => (mix.kind === 'role' && c.roles.includes(mix.role) ? 0 : 1);
  const position = new Map(shuffled(pool, random).map((c, i) => [c.id, i]));
  const ranked = [...pool].sort(
    (a, b) =>
      staleness(a) - staleness(b) || roleRank(a) - roleRank(b) || (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0),
  );

  const buckets = new Map<string, MockCandidate[]>();
  for (const c of ranked) {
    const list = buckets.get(c.category);
    if (list) list.push(c);
    else buckets.set(c.category, [c]);
  }
  // Categories holding never- or long-unanswered questions first; otherwise in the shuffled order.
  const head = (cat: string): MockCandidate | undefined => buckets.get(cat)?.[0];
  const rankOf = (c: MockCandidate | undefined): [number, number] =>
    c ? [staleness(c), position.get(c.id) ?? 0] : [3, 0];
  const orderedCats = [...buckets.keys()].sort((a, b) => {
    const [sa, pa] = rankOf(head(a));
    const [sb, pb] = rankOf(head(b));
    return sa - sb || pa - pb;
  });

  const picked: MockCandidate[] = [];
  let round = 0;
  while (picked.length < count) {
    let addedThisRound = false;
    for (const cat of orderedCats) {
      if (picked.length >= count) break;
      const next = buckets.get(cat)?.[round];
      if (next) {
        picked.push(next);
        addedThisRound = true;
      }
    }
    if (!addedThisRound) break;
    round++;
  }

  const bestOpening = Math.min(...picked.map(openingRank), 3);
  const openingIndex = bestOpening < 3 ? picked.findIndex((c) => openingRank(c) === bestOpening) : -1;
  const opening = openingIndex >= 0 ? picked.splice(openingIndex, 1) : [];
  picked.sort(
    (a, b) =>
      Number(isClosing(a)) - Number(isClosing(b)) || DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty],
  );
  const ids = [...opening, ...picked].map((c) => c.id);
  return { ids, shortfall: Math.max(0, count - ids.length) };
}
