import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BankQuestion } from '../../shared/domain/questions/bank-schema';

/** A valid bank question; override what a test cares about. */
export function bankQuestion(id: string, overrides: Partial<BankQuestion> = {}): BankQuestion {
  return {
    id,
    category: 'behavioral',
    type: 'behavioral',
    difficulty: 'medium',
    text: `Tell me about a time you handled situation number ${id}.`,
    keyPoints: [
      { text: 'Sets the scene with a specific situation', cues: ['situation', 'when'] },
      { text: 'Describes the actions the candidate took', cues: ['I did', 'I decided'] },
      { text: 'States a measurable result of the work', cues: ['result', 'percent'] },
    ],
    tags: ['example'],
    roles: ['any'],
    ...overrides,
  };
}

/** Writes resources/questions/{manifest.json, <category>.json…} under `resourcesDir`. */
export function writeBank(resourcesDir: string, version: string, questions: readonly BankQuestion[]): void {
  const dir = path.join(resourcesDir, 'questions');
  mkdirSync(dir, { recursive: true });
  const byCategory = new Map<string, BankQuestion[]>();
  for (const q of questions) byCategory.set(q.category, [...(byCategory.get(q.category) ?? []), q]);
  const files = [...byCategory.keys()].map((c) => `${c}.json`);
  for (const [category, list] of byCategory)
    writeFileSync(path.join(dir, `${category}.json`), JSON.stringify({ category, questions: list }));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ version, files }));
}
