import { titleCase } from '../../app/format';

export function categoryLabel(category: string): string {
  return titleCase(category);
}

export function roleLabel(role: string): string {
  return role === 'any' ? 'Any role' : titleCase(role);
}

export function difficultyLabel(difficulty: string): string {
  return difficulty.charAt(0).toUpperCase() + difficulty.slice(1);
}

/** What each question type asks of an answer, shown next to the question. */
export const TYPE_HINTS: Readonly<Record<string, string>> = {
  behavioral: 'Tell a real story: Situation, Task, Action, Result. Aim for 1½–3 minutes.',
  situational: 'Walk through what you would do, step by step, and the outcome you would aim for.',
  technical: 'Explain the idea clearly, give an example, and name the trade-offs.',
  design: 'Clarify requirements, sketch the components, then discuss scale and trade-offs.',
  motivational: 'Be specific about you and this role; keep it under two minutes.',
  case: 'Structure the problem, say which numbers you would look at, and end with a recommendation.',
};

export function formatClock(totalSec: number): string {
  const s = Math.max(0, Math.floor(totalSec));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
