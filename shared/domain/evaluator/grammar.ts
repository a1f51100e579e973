import type { BinaryModule, Dialect, Lint, LocalLinter } from 'harper.js';
import { findAgreementSlips } from './text/agreement-rules';
import { MISSPELLINGS } from './text/misspellings';
import { americanSpelling } from './text/spelling';
import { tokenize } from './text/tokenize';

/** A grammar or spelling problem at a place in the answer (UTF-16 offsets, like JS strings). */
export interface GrammarIssue {
  start: number;
  end: number;
  /** The text the issue points at, verbatim. */
  problem: string;
  message: string;
  /** Harper's lint kind ("Agreement", "Spelling", …). */
  kind: string;
  suggestion?: string;
}

/** What the evaluator needs from a grammar checker; harper.js is the one the app ships. */
export interface GrammarChecker {
  /** One-time start-up (loading WASM); safe to call more than once. */
  init(): Promise<void>;
  check(text: string): Promise<GrammarIssue[]>;
  /**
   * Optional: check a draft ahead of time and keep nothing but the checker's own cache, so that
   * check() of the final text only pays for sentences that changed since.
   */
  prime?(text: string): Promise<void>;
  dispose(): Promise<void>;
}

export interface HarperCheckerOptions {
  /**
   * The Harper WASM module. Defaults to the copy inlined in harper.js (works in Node, Electron
   * and the browser without file access); the app may pass createBinaryModuleFromUrl(...) for a
   * copy served from its own files instead.
   */
  binary?: BinaryModule;
  dialect?: Dialect;
  /**
   * Harper's full spell checker. Off by default: it suggests corrections for every word it does
   * not know (names, products, jargon), which costs tens of milliseconds per new word. Common
   * misspellings are caught by lookup either way.
   */
  spellCheck?: boolean;
}

// Rules the evaluator measures itself (fillers, hedges) or that judge written style rather than
// the grammar of a spoken-style answer. (Rules cost little: harper's time goes into parsing and
// tagging each new sentence, which it does whichever rules are on.)
const RULES_OFF = [
  'FillerWords',
  'Hedging',
  'LongSentences',
  'OxfordComma',
  'UseTitleCase',
  'Dashes',
  'EllipsisLength',
  'UseEllipsisCharacter',
  'NoFrenchSpaces',
  'QuoteSpacing',
  'ExplanationMark',
  'SpelledNumbers',
  'BoringWords',
  'KindOf',
  'KindSortOf',
  'DiscourseMarkers',
  'Really',
  'RedundantPretty',
  'ToBeHonest',
  'InMyOpinion',
  'InMyHumbleOpinion',
  'BestRegards',
  'KindRegards',
  'AvoidCurses',
];
const GRAMMAR_RULES = new Set([
  'AdjectiveDoubleDegree',
  'AnA',
  'AnAnother',
  'AnotherAn',
  'CapitalizePersonalPronouns',
  'DidPast',
  'Discuss',
  'InsteadOf',
  'ModalOf',
  'OpenCompounds',
  'OneOfTheSingular',
  'RepeatedWords',
  'SimplePastToPastParticiple',
  'ToTwoToo',
  'SpellCheck',
]);
const GRAMMAR_FAMILIES =
  /Agreement|Inflection|Its(?:Contraction|Possessive)|ThenThan|Their|There|YourYoure|YoureYour|Whose|WhoseWho|AffectEffect|EffectAffect|LoseLoose|LooseLose|Fewer|Comparative|Superlative|PastParticiple|Irregular|Tense|ModalOf|WouldOf|CouldOf|ShouldOf|Lets|Alot/u;

export function isGrammarRule(rule: string): boolean {
  return GRAMMAR_RULES.has(rule) || GRAMMAR_FAMILIES.test(rule);
}

// Kinds that are about taste, not correctness.
const KINDS_IGNORED = new Set(['Style', 'Readability', 'Enhancement', 'Formatting', 'Regionalism']);

// Words Harper's dictionary may not know but interview answers use; capitalised unknown words
// are also skipped below because they are usually names of people, products or companies.
const EXTRA_WORDS = [
  'onboarding',
  'offboarding',
  'upsell',
  'upsold',
  'upselling',
  'roadmap',
  'roadmaps',
  'backlog',
  'stakeholder',
  'stakeholders',
  'postmortem',
  'postmortems',
  'runbook',
  'runbooks',
  'dashboarding',
  'kubernetes',
  'microservice',
  'microservices',
  'retro',
  'retros',
  'standup',
  'standups',
  'timebox',
  'timeboxed',
  'dedupe',
  'deduped',
  'csat',
  'nps',
  'churned',
  'sharding',
  'failover',
  'autoscaling',
  'pagerduty',
  'zendesk',
  'hubspot',
  'salesforce',
];

const RECENT_TEXTS = 8;

export function createHarperChecker(options: HarperCheckerOptions = {}): GrammarChecker {
  let linter: LocalLinter | null = null;
  let starting: Promise<LocalLinter> | null = null;

  async function start(): Promise<LocalLinter> {
    const harper = await import('harper.js');
    const binary = options.binary ?? (await import('harper.js/binaryInlined')).binaryInlined;
    const instance = new harper.LocalLinter({ binary, dialect: options.dialect ?? harper.Dialect.American });
    await instance.setup();
    const config = await instance.getLintConfig();
    // Only rules about grammar an interviewer would notice: Harper has ~900, most of them idiom and
    // style corrections that misfire on interview vocabulary ("roadmap", "day one", product names).
    for (const rule of Object.keys(config)) config[rule] = isGrammarRule(rule);
    for (const rule of RULES_OFF) if (rule in config) config[rule] = false;
    if (options.spellCheck !== true) config['SpellCheck'] = false;
    await instance.setLintConfig(config);
    await instance.importWords(EXTRA_WORDS);
    linter = instance;
    return instance;
  }

  async function ready(): Promise<LocalLinter> {
    if (linter) return linter;
    starting ??= start();
    return starting;
  }

  // The last few texts checked or primed, with their issues: an answer submitted as it was
  // pre-checked (the candidate paused before submitting), or graded again, costs nothing.
  const recent = new Map<string, GrammarIssue[]>();

  async function issuesOf(text: string): Promise<GrammarIssue[]> {
    const known = recent.get(text);
    if (known) {
      recent.delete(text);
      recent.set(text, known);
      return known.map((i) => ({ ...i }));
    }
    const l = await ready();
    const lints = await l.lint(text, { language: 'plaintext' });
    const issues: GrammarIssue[] = [];
    for (const lint of lints) {
      const issue = toIssue(lint, text);
      lint.free();
      if (issue) issues.push(issue);
    }
    // Our own rules add what harper misses; where both flag the same words, harper's issue stays.
    for (const slip of [...findMisspellings(text), ...findAgreementSlips(text)]) {
      if (!issues.some((i) => slip.start < i.end && slip.end > i.start)) issues.push(slip);
    }
    issues.sort((a, b) => a.start - b.start);
    recent.set(text, issues);
    for (const old of recent.keys()) {
      if (recent.size <= RECENT_TEXTS) break;
      recent.delete(old);
    }
    return issues.map((i) => ({ ...i }));
  }

  return {
    async init() {
      await ready();
    },
    check: issuesOf,
    async prime(text: string) {
      // Harper also caches its parse per sentence: after the draft, only new sentences cost time.
      await issuesOf(text);
    },
    async dispose() {
      const l = linter;
      linter = null;
      starting = null;
      recent.clear();
      if (l) await l.dispose();
    },
  };
}

/** Common misspellings, found by lookup (see text/misspellings.ts). */
export function findMisspellings(text: string): GrammarIssue[] {
  const issues: GrammarIssue[] = [];
  for (const t of tokenize(text)) {
    const right = MISSPELLINGS.get(t.lower);
    if (right === undefined) continue;
    issues.push({
      start: t.start,
      end: t.end,
      problem: t.text,
      message: `'${t.text}' is misspelled.`,
      kind: 'Spelling',
      suggestion: right,
    });
  }
  return issues;
}

// Harper's guesses that a preposition is missing flag ordinary nouns ("client") far more often
// than real slips in interview answers.
const FALSE_POSITIVE_MESSAGES = [/missing a preposition/iu];

/** Harper writes code spans in Markdown backticks; feedback is plain text. */
export function plainText(message: string): string {
  return message.replace(/`([^`]*)`/gu, '“$1”');
}

// Harper's spans are UTF-16 offsets already (checked with emoji in the tests), like JS strings.
function toIssue(lint: Lint, text: string): GrammarIssue | null {
  const kind = lint.lint_kind();
  if (KINDS_IGNORED.has(kind)) return null;
  const span = lint.span();
  let start = span.start;
  let end = span.end;
  span.free();
  // Harper sometimes includes the space before a word; highlight the word alone.
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  if (end <= start) return null;
  const problem = text.slice(start, end);
  if (kind === 'Spelling' && (/^\p{Lu}/u.test(problem) || /\d/u.test(problem))) return null;
  const message = plainText(lint.message());
  if (FALSE_POSITIVE_MESSAGES.some((re) => re.test(message))) return null;
  const issue: GrammarIssue = { start, end, problem, message, kind };
  const suggestions = lint.suggestions();
  const replacements = suggestions.map((s) => s.get_replacement_text());
  for (const s of suggestions) s.free();
  // Candidates write British, Australian or Canadian English as often as American: a spelling
  // "error" whose fix is only the American form is not an error.
  if (kind === 'Spelling' && replacements.some((r) => r.toLowerCase() === americanSpelling(problem.toLowerCase()))) {
    return null;
  }
  const first = replacements[0];
  if (first !== undefined && first.trim().length > 0) issue.suggestion = first;
  return issue;
}
