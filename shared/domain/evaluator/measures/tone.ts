import { foldQuotes, type Sentence } from '../text/tokenize';
import type { Finding } from './finding';

/**
 * Negative or blaming language about colleagues, managers, customers or employers. Insults and
 * blame count wherever they appear; harsh words ("terrible", "hated") only when the sentence is
 * about people, so "a terrible outage" is not a tone problem.
 */

const ALWAYS = new RegExp(
  [
    String.raw`\b(?:incompetent|lazy|idiots?|idiotic|stupid|useless|clueless|dumb|morons?|pathetic|arrogant|toxic|hopeless|careless|worthless|dinosaurs?|lousy|spineless|a joke)\b`,
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

const HARSH =
  /\b(?:hated?|terrible|awful|horrible|worst|ridiculous|annoying|unbearable|disaster|nightmare|incapable|lied|liars?|unprofessional|rude|always complaining|never (?:listened|helped|replied|did))\b/giu;
const PEOPLE =
  /\b(?:manager|boss|colleagues?|coworkers?|co-workers?|team ?mates?|team|he|she|they|them|management|company|employer|client|customer|director|ceo|leadership|people|everyone|engineers?|developers?|designers?|sales|department)\b/iu;

export function findNegativeTone(sentences: readonly Sentence[]): Finding[] {
  const findings: Finding[] = [];
  for (const s of sentences) {
    const text = foldQuotes(s.text);
    for (const m of text.matchAll(ALWAYS)) {
      findings.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, label: m[0].toLowerCase() });
    }
    if (!PEOPLE.test(text)) continue;
    for (const m of text.matchAll(HARSH)) {
      const start = s.start + m.index;
      if (findings.some((f) => start < f.end && start + m[0].length > f.start)) continue;
      findings.push({ start, end: start + m[0].length, label: m[0].toLowerCase() });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
