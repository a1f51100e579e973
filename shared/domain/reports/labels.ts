const CATEGORY_LABELS: Record<string, string> = {
  behavioral: 'Behavioral',
  leadership: 'Leadership',
  teamwork: 'Teamwork',
  conflict: 'Conflict',
  situational: 'Situational',
  'hr-general': 'HR & general',
  'technical-software': 'Technical (software)',
  'system-design': 'System design',
  'data-analysis': 'Data analysis',
  product: 'Product',
  'customer-service': 'Customer service',
  sales: 'Sales',
};

/** A category's name for people; unknown slugs ("my-topic") become "My topic". */
export function categoryLabel(slug: string): string {
  const known = CATEGORY_LABELS[slug];
  if (known) return known;
  const words = slug.split('-').filter(Boolean).join(' ');
  return words ? words[0]?.toUpperCase() + words.slice(1) : slug;
}

export const SUBSKILLS = ['content', 'structure', 'language', 'delivery'] as const;
export type Subskill = (typeof SUBSKILLS)[number];

export const SUBSKILL_LABELS: Record<Subskill, string> = {
  content: 'Content',
  structure: 'Structure',
  language: 'Language',
  delivery: 'Delivery',
};

export const MODE_LABELS: Record<'text' | 'audio' | 'video', string> = {
  text: 'Typed',
  audio: 'Audio',
  video: 'Video',
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
