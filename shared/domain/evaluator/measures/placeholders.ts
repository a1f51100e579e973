import type { Finding } from './finding';

/**
 * Template stand-ins a candidate forgot (or chose not) to fill in: "[Company]", "X%", "$X",
 * "order #XXXX", "[N] weeks". They look like specifics to a pattern matcher but say nothing, so
 * they are never counted as concrete details.
 */
const PLACEHOLDER = new RegExp(
  [
    // [Company Name], [X], [metric], {team}, <date>
    String.raw`[\[{<][^\]}>\n]{1,40}[\]}>]`,
    // X%, Y%, $X, £N, X days, Nx
    String.raw`(?:[$€£]\s?)?\b[XYZN]{1,4}\s?(?:%|percent\b|x\b)`,
    String.raw`[$€£]\s?[XYZN]{1,4}\b`,
    String.raw`#\s?[X0]{3,}\b`,
    String.raw`\b[XYZN]\b(?=\s+(?:days?|weeks?|months?|hours?|years?|people|customers|users|tickets|orders|times|percent|points|dollars|k\b|m\b))`,
    String.raw`\bX{2,}\b`,
    // Name placeholders left bare: "at Company", "Company Name", "Client X", "Project Y"
    String.raw`\b(?:Company|Client|Customer|Project|Product|Team|Manager|Stakeholder|Colleague)\s(?:Name|[XYZ])\b`,
    String.raw`\b(?:at|for|with|joined) Company\b`,
  ].join('|'),
  'gu',
);

export function findPlaceholders(text: string): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const inner = m[0];
    // A bracketed aside in normal prose ("[laughs]", "(see above)") is not a template slot unless it
    // is short and title-cased or a single letter: "[Company]", "[X]", "[metric]".
    if (
      /^[[{<]/u.test(inner) &&
      !/^[[{<]\s*(?:\p{Lu}[\p{L} ]*|[a-z][a-z ]{0,20}|[XYZN#$%\d. ]+)\s*[\]}>]$/u.test(inner)
    ) {
      continue;
    }
    found.push({ start: m.index, end: m.index + inner.length, label: 'placeholder' });
  }
  return found;
}
