/** Something found at a place in the answer. `label` groups findings for counting ("um", "you know"). */
export interface Finding {
  start: number;
  end: number;
  label: string;
  note?: string;
}

export function countByLabel(findings: readonly Finding[]): Array<{ label: string; count: number }> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.label, (counts.get(f.label) ?? 0) + 1);
  return [...counts.entries()]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export function per100(count: number, words: number): number {
  return words === 0 ? 0 : Math.round((count / words) * 1000) / 10;
}
