import { foldQuotes, type Sentence } from '../text/tokenize';
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

export function findNegativeTone(sentences: readonly Sentence[]): Finding[] {
  const findings: Finding[] = [];
  for (const s of sentences) {
    const text = foldQuotes(s.text);
    for (const m of text.matchAll(ALWAYS)) {
      findings.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, label: m[0].toLowerCase() });
    }
    for (const m of text.matchAll(HARSH)) {
      const before = text.slice(Math.max(0, m.index - 50), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      // About people: a person is named just before ("my boss was terrible") or right after
      // ("I hated my manager").
      if (!PEOPLE.test(before) && !PERSON_AFTER.test(after)) continue;
      if (REPORTED.test(text.slice(0, m.index))) continue;
      const start = s.start + m.index;
      if (findings.some((f) => start < f.end && start + m[0].length > f.start)) continue;
      findings.push({ start, end: start + m[0].length, label: m[0].toLowerCase() });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
