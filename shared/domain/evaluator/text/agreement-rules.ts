import type { GrammarIssue } from '../grammar';
import { foldQuotes } from './tokenize';

/**
 * Common agreement and its/it's slips that harper.js misses in running text ("they said they was
 * late", "its good for the team", "the results was"). Each rule is narrow on purpose: a false
 * grammar flag costs the candidate more trust than a missed one.
 */
interface Rule {
  pattern: RegExp;
  /** The group to mark (1-based); the whole match when absent. */
  group?: number;
  message: string;
  fix: (problem: string) => string;
  kind: string;
}

const SINGULAR_S =
  /(?:ss|us|is|ics|news|series|species|sales|lens|gas|yes|this|its|hers|ours|theirs|always|perhaps|whereas)$/iu;

const RULES: readonly Rule[] = [
  {
    pattern: /\b(?:they|we|you)\s+(was)\b/giu,
    group: 1,
    message: 'After "they", "we" or "you", use "were", not "was".',
    fix: () => 'were',
    kind: 'Agreement',
  },
  {
    // "if it were", "as it were" and "wish she were" are correct.
    pattern: /(?<!\b(?:if|as|though|wish|wished|suppose|even if)\s)\b(?:he|she|it)\s+(were)\b/giu,
    group: 1,
    message: 'After "he", "she" or "it", use "was", not "were".',
    fix: () => 'was',
    kind: 'Agreement',
  },
  {
    pattern: /\b(?:they|we|you|I)\s+(has|is|doesn't|does not)\b/gu,
    group: 1,
    message: 'The verb does not agree with its subject.',
    fix: (p) => ({ has: 'have', is: 'are', "doesn't": "don't", 'does not': 'do not' })[p.toLowerCase()] ?? p,
    kind: 'Agreement',
  },
  {
    pattern: /\b(?:he|she|it)\s+(don't|do not)\b/giu,
    group: 1,
    message: 'After "he", "she" or "it", use "doesn\'t".',
    fix: (p) => (p.toLowerCase() === "don't" ? "doesn't" : 'does not'),
    kind: 'Agreement',
  },
  {
    pattern:
      /\b(its)\s+(?=(?:good|bad|great|important|hard|easy|clear|true|fine|okay|ok|not|been|going|a|an|the|very|really|just|always|never|also|still|possible|likely|difficult|better|worse|best|worth|about|like|what|how|why|because|only|so|too|getting|being|nice|crucial|essential|key|vital|obvious|fair|normal)\b)/giu,
    group: 1,
    message: 'Use "it\'s" (it is / it has) here; "its" is the possessive.',
    fix: (p) => (p.startsWith('I') ? "It's" : "it's"),
    kind: 'Punctuation',
  },
  {
    pattern:
      /\b(it's)\s+(?=(?:own|owner|owners|users|members|purpose|name|size|price|value|performance|customers)\b)/giu,
    group: 1,
    message: 'Use the possessive "its" here; "it\'s" means "it is".',
    fix: (p) => (p.startsWith('I') ? 'Its' : 'its'),
    kind: 'Punctuation',
  },
];

// "The results was good", "our numbers was": a plural noun after a determiner, then "was".
const PLURAL_WAS = /\b(?:the|our|my|their|these|those|his|her|your|all the|both)\s+([a-z]+s)\s+(was)\b/giu;

export function findAgreementSlips(original: string): GrammarIssue[] {
  // Curly apostrophes folded (same length, so offsets hold); the problem is quoted as written.
  const text = foldQuotes(original);
  const issues: GrammarIssue[] = [];
  const add = (start: number, problem: string, message: string, suggestion: string, kind: string): void => {
    const end = start + problem.length;
    issues.push({ start, end, problem: original.slice(start, end), message, kind, suggestion });
  };
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const problem = rule.group ? m[rule.group] : m[0];
      if (problem === undefined) continue;
      add(m.index + m[0].lastIndexOf(problem), problem, rule.message, rule.fix(problem), rule.kind);
    }
  }
  for (const m of text.matchAll(PLURAL_WAS)) {
    const noun = m[1] ?? '';
    const verb = m[2] ?? '';
    if (SINGULAR_S.test(noun) || noun.length < 4) continue;
    add(m.index + m[0].length - verb.length, verb, `"${noun}" is plural: use "were".`, 'were', 'Agreement');
  }
  return issues.sort((a, b) => a.start - b.start);
}
