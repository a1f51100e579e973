import { QUESTION_CATEGORIES } from '../questions/bank-schema';
import { mean } from './trends';
import type { CategoryReport } from './report-schema';

export interface CategoryTotals {
  category: string;
  attempts: number;
  overallSum: number;
  best: number;
  last30Attempts: number;
  last30Sum: number;
}

const ORDER = new Map<string, number>(QUESTION_CATEGORIES.map((c, i) => [c, i]));

function byCanonicalOrder(a: string, b: string): number {
  const ia = ORDER.get(a) ?? Number.MAX_SAFE_INTEGER;
  const ib = ORDER.get(b) ?? Number.MAX_SAFE_INTEGER;
  return ia === ib ? a.localeCompare(b) : ia - ib;
}

/**
 * One row per category that has questions or answers (a category with questions and no answers
 * still shows, with nulls, so the report says what has not been tried), in the bank's order.
 */
export function buildCategoryReports(
  totals: readonly CategoryTotals[],
  questionCounts: ReadonlyMap<string, number>,
  only?: string | null,
): CategoryReport[] {
  const byCategory = new Map(totals.map((t) => [t.category, t]));
  const names = new Set<string>([
    ...byCategory.keys(),
    ...[...questionCounts.entries()].filter(([, n]) => n > 0).map(([c]) => c),
  ]);
  if (only) {
    names.clear();
    names.add(only);
  }
  return [...names].sort(byCanonicalOrder).map((category) => {
    const t = byCategory.get(category);
    const attempts = t?.attempts ?? 0;
    const last30 = { attempts: t?.last30Attempts ?? 0, average: t ? mean(t.last30Sum, t.last30Attempts) : null };
    const before30 = {
      attempts: attempts - last30.attempts,
      average: t ? mean(t.overallSum - t.last30Sum, attempts - last30.attempts) : null,
    };
    return {
      category,
      questions: questionCounts.get(category) ?? 0,
      attempts,
      average: t ? mean(t.overallSum, attempts) : null,
      best: t && attempts ? t.best : null,
      last30,
      before30,
      change:
        last30.average !== null && before30.average !== null
          ? Math.round((last30.average - before30.average) * 10) / 10
          : null,
    };
  });
}
