import { POSTING_STOP_WORDS, ROLE_CATEGORIES, ROLE_SIGNALS } from './job-lexicon';
import type { Role } from './bank-schema';
import { postingBody, postingSeniority, withoutOtherLevels } from './job-posting';

type SpecificRole = Exclude<Role, 'any'>;

/** What job matching needs to know about a question. */
export interface MatchableQuestion {
  id: string;
  category: string;
  type: string;
  text: string;
  tags: readonly string[];
  roles: readonly string[];
  /** Key point texts and cues: the words a good answer uses. */
  keyPointWords: readonly string[];
}

export interface QuestionMatch {
  id: string;
  score: number;
  reasons: string[];
}

export interface JobMatchResult {
  roles: SpecificRole[];
  /** The posting's distinctive words that also appear in the bank, strongest first. */
  keywords: string[];
  matches: QuestionMatch[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#/-]*/gu;

/** A light suffix stripper: enough to meet "managing" with "managed" and "stakeholders" with "stakeholder". */
export function stemWord(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 4) return w;
  for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length) + (suffix === 'ies' || suffix === 'ied' ? 'y' : '');
      break;
    }
  }
  return w.endsWith('e') && w.length > 4 ? w.slice(0, -1) : w;
}

function words(text: string): string[] {
  // Contractions ("we're", "you'll") are one word, not a stray "re" or "ll".
  return (
    text
      .toLowerCase()
      .replace(/['’]\p{L}+/gu, '')
      .match(WORD) ?? []
  )
    .map((w) => w.replace(/[-/]+$/u, ''))
    .filter((w) => w.length > 1);
}

function phrasePattern(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
}

// Compiled once: a posting is checked against a few hundred phrases.
let rolePatterns: Array<{ role: SpecificRole; titles: RegExp[]; skills: RegExp[] }> | null = null;
function patterns(): NonNullable<typeof rolePatterns> {
  rolePatterns ??= (Object.keys(ROLE_SIGNALS) as SpecificRole[]).map((role) => ({
    role,
    titles: ROLE_SIGNALS[role].titles.map(phrasePattern),
    skills: ROLE_SIGNALS[role].skills.map(phrasePattern),
  }));
  return rolePatterns;
}

function countMatches(haystack: string, pattern: RegExp): number {
  return haystack.match(pattern)?.length ?? 0;
}

/**
 * Roles the posting is for: titles count three times as much as skills; at most two roles. A
 * senior posting is never read as a graduate one ("mentor junior engineers" names someone else).
 */
export function detectRoles(description: string): SpecificRole[] {
  const body = withoutOtherLevels(postingBody(description));
  const senior = postingSeniority(description) === 'senior';
  const text = ` ${body.toLowerCase().replace(/\s+/g, ' ')} `;
  const scored = patterns()
    .map(({ role, titles, skills }) => {
      const score =
        titles.reduce((s, t) => s + 3 * Math.min(2, countMatches(text, t)), 0) +
        skills.reduce((s, k) => s + Math.min(2, countMatches(text, k)), 0);
      return { role, score };
    })
    .filter((r) => r.score >= 3 && !(senior && r.role === 'graduate'))
    .sort((a, b) => b.score - a.score);
  const top = scored[0]?.score ?? 0;
  return scored
    .filter((r) => r.score >= top * 0.5)
    .slice(0, 2)
    .map((r) => r.role);
}

interface IndexedQuestion {
  q: MatchableQuestion;
  stems: Set<string>;
  tagStems: Set<string>;
}

/** The bank prepared for matching; build it once and reuse it while the questions stay the same. */
export interface BankIndex {
  indexed: IndexedQuestion[];
  idf: Map<string, number>;
}

export function buildBankIndex(questions: readonly MatchableQuestion[]): BankIndex {
  const df = new Map<string, number>();
  const indexed = questions.map((q) => {
    const tagWords = q.tags.flatMap((t) => t.split('-'));
    const all = [...words(q.text), ...tagWords, ...q.keyPointWords.flatMap(words)];
    const stems = new Set(all.filter((w) => !POSTING_STOP_WORDS.has(w)).map(stemWord));
    for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
    return { q, stems, tagStems: new Set(tagWords.map(stemWord)) };
  });
  const n = Math.max(1, questions.length);
  const idf = new Map([...df].map(([s, d]) => [s, Math.log(1 + n / d)]));
  return { indexed, idf };
}

/** The posting's words that the bank also uses, weighted by how often the posting says them and how rare they are in the bank. */
function postingKeywords(
  description: string,
  idf: ReadonlyMap<string, number>,
): Array<{ stem: string; word: string; weight: number }> {
  const counts = new Map<string, { word: string; count: number }>();
  for (const w of words(withoutOtherLevels(postingBody(description)))) {
    if (POSTING_STOP_WORDS.has(w) || /^\d+$/.test(w)) continue;
    const s = stemWord(w);
    if (!idf.has(s)) continue;
    const entry = counts.get(s) ?? { word: w, count: 0 };
    entry.count += 1;
    if (w.length < entry.word.length) entry.word = w;
    counts.set(s, entry);
  }
  return [...counts]
    .map(([stem, { word, count }]) => ({ stem, word, weight: (1 + Math.log(count)) * (idf.get(stem) ?? 0) }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 25);
}

function roleLabel(role: string): string {
  return role.replace(/-/g, ' ');
}

/**
 * A practice set for a job posting, from the bank alone: the roles the posting is for, its
 * distinctive words, and for each question a score and the reasons it was picked. Categories are
 * mixed (no more than a third of the set from one) and the set always holds a behavioural-style
 * question, because every interview has them.
 */
export function matchJobDescription(
  description: string,
  bank: BankIndex | readonly MatchableQuestion[],
  limit = 10,
): JobMatchResult {
  const roles = detectRoles(description);
  const { indexed, idf } = 'idf' in bank ? bank : buildBankIndex(bank);
  const keywords = postingKeywords(description, idf);
  const maxWeight = keywords[0]?.weight ?? 1;
  const roleCategories = new Set(roles.flatMap((r) => ROLE_CATEGORIES[r]));

  const scored = indexed.map(({ q, stems, tagStems }) => {
    const reasons: string[] = [];
    let score = 0;
    const forRoles = roles.filter((r) => q.roles.includes(r));
    if (forRoles.length) {
      score += 3;
      reasons.push(`Asked of ${forRoles.map(roleLabel).join(' and ')} candidates`);
    } else if (q.roles.includes('any')) {
      score += 0.5;
    }
    if (roleCategories.has(q.category as never)) {
      score += 1.5;
      if (!forRoles.length)
        reasons.push(
          `${q.category.replace(/-/g, ' ')} questions come up for ${roles.map(roleLabel).join(' / ')} roles`,
        );
    }
    const hits = keywords.filter((k) => stems.has(k.stem));
    for (const k of hits) score += (k.weight / maxWeight) * (tagStems.has(k.stem) ? 2 : 1);
    if (hits.length)
      reasons.push(
        `The posting mentions ${hits
          .slice(0, 4)
          .map((k) => `“${k.word}”`)
          .join(', ')}`,
      );
    return { id: q.id, category: q.category, type: q.type, score: Math.round(score * 100) / 100, reasons };
  });
  scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));

  const perCategory = Math.max(2, Math.ceil(limit / 3));
  const picked: typeof scored = [];
  const used = new Map<string, number>();
  for (const s of scored) {
    if (picked.length >= limit || s.score <= 0) break;
    if ((used.get(s.category) ?? 0) >= perCategory) continue;
    picked.push(s);
    used.set(s.category, (used.get(s.category) ?? 0) + 1);
  }
  if (!picked.some((p) => p.type === 'behavioral')) {
    const story = scored.find((s) => s.type === 'behavioral' && !picked.includes(s));
    if (story) {
      if (picked.length >= limit) picked.pop();
      picked.push({ ...story, reasons: [...story.reasons, 'Every interview has a “tell me about a time” question'] });
    }
  }
  return {
    roles,
    keywords: keywords.slice(0, 12).map((k) => k.word),
    matches: picked.map(({ id, score, reasons }) => ({
      id,
      score,
      reasons: reasons.length ? reasons : ['A good general question for this posting'],
    })),
  };
}
