/**
 * Share of an answer's letters written in capitals, counting only words of two or more letters so
 * "I" and initials do not count. Acronyms are capitals too, but an answer is only "shouting" when
 * most of it is.
 */
export function upperCaseShare(text: string): { share: number; letters: number } {
  let upper = 0;
  let letters = 0;
  for (const m of text.matchAll(/\p{L}{2,}/gu)) {
    for (const ch of m[0]) {
      letters++;
      if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) upper++;
    }
  }
  return { share: letters === 0 ? 0 : upper / letters, letters };
}

export const SHOUTING_SHARE = 0.6;

export function isShouting(text: string): boolean {
  const { share, letters } = upperCaseShare(text);
  return letters >= 30 && share >= SHOUTING_SHARE;
}
