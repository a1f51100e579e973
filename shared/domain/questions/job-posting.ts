/**
 * Reading a job posting before matching it: the parts that say nothing about the job (benefits,
 * how to apply, equal-opportunity statements, the company blurb) are set aside, and the level the
 * posting is for is read from its title and required years.
 */

export type Seniority = 'senior' | 'entry' | null;

/** Headings whose section is about the employer or the process, not the work. */
const BOILERPLATE_HEADING =
  /^(?:benefits|perks|perks (?:and|&) benefits|what we offer|what you(?:['’]ll)? get|why (?:join|work)\b.*|compensation(?: (?:and|&) benefits)?|salary|how to apply|to apply|application process|about us|about the company|who we are|our values|equal (?:employment )?opportunit(?:y|ies).*|diversity.*|eeo.*|location|working here)\s*:?\s*/iu;

/** A sentence that is posting boilerplate wherever it appears. */
const BOILERPLATE_SENTENCE =
  /\b(?:equal opportunity|eeo|regardless of|without regard to|reasonable accommodation|we(?:['’]re| are) hiring|apply now|how to apply|send (?:us )?your (?:cv|resume)|visa sponsorship|background check)\b/iu;

function isHeadingLine(line: string): boolean {
  const words = line.trim().replace(/:$/, '').split(/\s+/);
  return words.length > 0 && words.length <= 6 && !/[.!?]$/.test(line.trim());
}

/** The posting without its boilerplate sections and sentences. */
export function postingBody(posting: string): string {
  const kept: string[] = [];
  let skipping = false;
  for (const raw of posting.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      skipping = false;
      kept.push('');
      continue;
    }
    const heading = BOILERPLATE_HEADING.exec(line);
    if (heading && (isHeadingLine(line) || /:/.test(heading[0]))) {
      // "Benefits:" alone starts a section to skip; "Benefits: salary, equity…" is one line to skip.
      skipping = isHeadingLine(line);
      continue;
    }
    if (skipping && isHeadingLine(line)) skipping = false;
    if (skipping) continue;
    kept.push(
      line
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => !BOILERPLATE_SENTENCE.test(sentence))
        .join(' '),
    );
  }
  return kept.join('\n');
}

/** In a title, these name the level; in the body "lead" or "staff" are as often verbs and nouns. */
const SENIOR_TITLE = /\b(?:senior|sr\.?|staff|principal|lead|head of|director|architect)\b/iu;
const SENIOR_BODY = /\b(?:senior|(?:[5-9]|1\d)\+? (?:or more )?years)\b/iu;
const ENTRY = /\b(?:junior|jr\.?|graduate|new grad|entry[- ]level|intern(?:ship)?|apprentice|trainee)\b/iu;

/**
 * Mentions that name a level without being the posting's level: "mentor junior engineers",
 * "a graduate degree", "work with senior leadership".
 */
const NOT_THE_LEVEL =
  /\b(?:mentor(?:ing|s)?|coach(?:ing)?|support(?:ing)?|guid(?:e|ing)|manag(?:e|ing)|hir(?:e|ing)) (?:our |the |other )?(?:junior|graduate|entry[- ]level)\b|\b(?:post-?)?graduate (?:degree|studies|qualification)|\bundergraduate\b|\bsenior (?:leadership|management|stakeholders|executives|leaders)\b/giu;

/** The level the posting hires for: its title first (the first line), then the body. */
export function postingSeniority(posting: string): Seniority {
  const cleaned = posting.replace(NOT_THE_LEVEL, ' ');
  const title = cleaned.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  if (SENIOR_TITLE.test(title)) return 'senior';
  if (ENTRY.test(title)) return 'entry';
  if (SENIOR_BODY.test(cleaned)) return 'senior';
  if (ENTRY.test(cleaned)) return 'entry';
  return null;
}

/** The posting with mentions of other people's level taken out, for role detection. */
export function withoutOtherLevels(posting: string): string {
  return posting.replace(NOT_THE_LEVEL, ' ');
}
