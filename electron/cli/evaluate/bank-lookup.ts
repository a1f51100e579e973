import type { BankQuestion } from '../../../shared/domain/questions/bank-schema';
import { readBank } from '../../main/questions/bank-files';
import { questionBankDir, resolveResourcesDir } from '../../main/resources-dir';

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Finds a CLI question in the shipped bank by its wording, so `coach evaluate` grades a bank
 * question against the bank's key points like the app does. Read once, on first use; a missing or
 * broken bank just means every question is treated as free text.
 */
export function createBankLookup(
  resourcesDir: string = resolveResourcesDir(),
): (questionText: string) => BankQuestion | null {
  let byText: Map<string, BankQuestion> | null = null;
  return (questionText) => {
    if (!byText) {
      byText = new Map();
      try {
        for (const q of readBank(questionBankDir(resourcesDir)).questions) byText.set(normalise(q.text), q);
      } catch {
        // Free-text grading still works without the bank.
      }
    }
    return byText.get(normalise(questionText)) ?? null;
  };
}
