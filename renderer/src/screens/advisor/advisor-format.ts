import { categoryLabel, SUBSKILL_LABELS, type Subskill } from '../../../../shared/domain/advisor/labels';
import type { PlanKind } from '../../../../shared/ipc/channels/advisor';

export function skillLabel(id: string): string {
  return id in SUBSKILL_LABELS ? SUBSKILL_LABELS[id as Subskill] : categoryLabel(id);
}

export const LEVEL_LABELS = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' } as const;

export const STATUS_LABELS = { weak: 'Weak', ok: 'Fair', strong: 'Strong', 'not-enough': 'Too few answers' } as const;

export const PLAN_BLURBS: Readonly<Record<PlanKind, string>> = {
  daily: 'A short mixed set for today.',
  'weak-areas': 'Focused work where you score lowest.',
  advanced: 'Hard questions for a final round.',
  mastery: 'Work through one category.',
};

/** "3 Mar" from a local day. */
export function shortDay(day: string): string {
  const d = new Date(`${day}T12:00:00`);
  return d.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}
