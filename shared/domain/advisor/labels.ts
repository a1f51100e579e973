/** Words for slugs, shared by the advisor, mock-interview and badge texts (and their screens). */

const SPECIAL: Readonly<Record<string, string>> = {
  'hr-general': 'HR and general',
  'technical-software': 'Technical (software)',
  'system-design': 'System design',
  'data-analysis': 'Data analysis',
  'customer-service': 'Customer service',
};

export function categoryLabel(slug: string): string {
  const special = SPECIAL[slug];
  if (special) return special;
  const words = slug.split('-').filter(Boolean).join(' ');
  return words ? words[0]?.toUpperCase() + words.slice(1) : slug;
}

export const SUBSKILLS = ['content', 'structure', 'language', 'delivery'] as const;
export type Subskill = (typeof SUBSKILLS)[number];

export const SUBSKILL_LABELS: Readonly<Record<Subskill, string>> = {
  content: 'Content',
  structure: 'Structure',
  language: 'Language',
  delivery: 'Delivery',
};

/** What each sub-skill covers and how to practise it, for the advisor's explanations. */
export const SUBSKILL_ADVICE: Readonly<Record<Subskill, string>> = {
  content: 'covering the points an interviewer listens for, with specifics and numbers',
  structure: 'telling answers in order — situation, task, action, result — and ending on the outcome',
  language: 'plain, confident wording: fewer fillers and hedges, clean grammar',
  delivery: 'pace, pauses and tone when you answer out loud — practise in audio or video mode',
};
