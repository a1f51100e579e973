import { conceptOf } from './synonyms';

/**
 * Content words that almost every interview answer uses, whatever the question: they appear in at
 * least a fifth of the question bank's model answers (counted in November 2026). Finding one of
 * them says little about whether an answer addresses a particular question, so relevance and
 * key-point matching give them less weight.
 */
const WORDS =
  'customers two told check team work manager first use time needed asked three week data cost support months ' +
  'company day cut learned date change fix start plan rather decision people make growth new product within next ' +
  'percent error job look problem deal review quickly results understand sales year second want move real agreed ' +
  'example usually call meeting without say launch four goal give showed back different end something often ' +
  'matters five run six whether shared take number hours later set together keep small explained because';

const COMMON: ReadonlySet<string> = new Set(WORDS.split(' ').map(conceptOf));

export function isCommonConcept(concept: string): boolean {
  return COMMON.has(concept);
}
