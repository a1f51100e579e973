import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BankFile, BankManifest, type BankQuestion } from '../../../shared/domain/questions/bank-schema';
import { zodMessage } from '../../../shared/ipc/zod-message';

export interface LoadedBank {
  version: string;
  questions: BankQuestion[];
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `Question bank file ${path.basename(file)} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/** The manifest alone: start-up reads only this to decide whether the bank changed. */
export function readBankManifest(bankDir: string): BankManifest {
  const parsed = BankManifest.safeParse(readJson(path.join(bankDir, 'manifest.json')));
  if (!parsed.success) throw new Error(`Question bank manifest is invalid: ${zodMessage(parsed.error)}`);
  return parsed.data;
}

/** Every file the manifest lists, validated, with ids unique across the whole bank. */
export function readBank(bankDir: string, manifest: BankManifest = readBankManifest(bankDir)): LoadedBank {
  const questions: BankQuestion[] = [];
  const seen = new Set<string>();
  for (const name of manifest.files) {
    const parsed = BankFile.safeParse(readJson(path.join(bankDir, path.basename(name))));
    if (!parsed.success) throw new Error(`Question bank file ${name} is invalid: ${zodMessage(parsed.error)}`);
    for (const question of parsed.data.questions) {
      if (question.category !== parsed.data.category) {
        throw new Error(
          `Question ${question.id} in ${name} has category ${question.category}, not ${parsed.data.category}`,
        );
      }
      if (seen.has(question.id)) throw new Error(`Question id ${question.id} appears twice in the bank`);
      seen.add(question.id);
      questions.push(question);
    }
  }
  return { version: manifest.version, questions };
}
