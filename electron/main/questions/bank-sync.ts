import type BetterSqlite3 from 'better-sqlite3';
import { readBank, readBankManifest } from './bank-files';

export const BANK_VERSION_KEY = 'bank_version';

export interface BankSyncReport {
  /** False when the stored bank already had this version and nothing was read. */
  loaded: boolean;
  version: string;
  previousVersion: string | null;
  upserted: number;
  archived: number;
}

export function storedBankVersion(sqlite: BetterSqlite3.Database): string | null {
  const row = sqlite.prepare('SELECT value FROM app_meta WHERE key = ?').get(BANK_VERSION_KEY) as
    { value: string } | undefined;
  return row?.value ?? null;
}

/**
 * Brings the bank rows of `questions` in line with the bank on disk, when its manifest version
 * differs from the stored one (first run, or an app update that shipped a new bank). Bank rows are
 * upserted and rows the new bank no longer has are archived, never deleted: attempts, saved
 * questions and drafts point at them. Custom questions are never touched.
 */
export function syncQuestionBank(
  sqlite: BetterSqlite3.Database,
  bankDir: string,
  now: Date = new Date(),
): BankSyncReport {
  const manifest = readBankManifest(bankDir);
  const previousVersion = storedBankVersion(sqlite);
  if (previousVersion === manifest.version) {
    return { loaded: false, version: manifest.version, previousVersion, upserted: 0, archived: 0 };
  }
  const bank = readBank(bankDir, manifest);
  const upsert = sqlite.prepare(
    `INSERT INTO questions (id, source, category, type, difficulty, text, key_points, model_answer, tags, roles, bank_version, archived, created_at)
     VALUES (@id, 'bank', @category, @type, @difficulty, @text, @key_points, @model_answer, @tags, @roles, @version, 0, @created_at)
     ON CONFLICT (id) DO UPDATE SET
       category = excluded.category, type = excluded.type, difficulty = excluded.difficulty, text = excluded.text,
       key_points = excluded.key_points, model_answer = excluded.model_answer, tags = excluded.tags,
       roles = excluded.roles, bank_version = excluded.bank_version, archived = 0
     WHERE questions.source = 'bank'`,
  );
  const archive = sqlite.prepare(
    `UPDATE questions SET archived = 1 WHERE source = 'bank' AND archived = 0 AND bank_version IS NOT ?`,
  );
  const remember = sqlite.prepare(
    `INSERT INTO app_meta (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const createdAt = now.toISOString();
  const run = sqlite.transaction(() => {
    let upserted = 0;
    for (const q of bank.questions) {
      upserted += upsert.run({
        id: q.id,
        category: q.category,
        type: q.type,
        difficulty: q.difficulty,
        text: q.text,
        key_points: JSON.stringify(q.keyPoints),
        model_answer: q.modelAnswer ?? null,
        tags: JSON.stringify(q.tags),
        roles: JSON.stringify(q.roles),
        version: bank.version,
        created_at: createdAt,
      }).changes;
    }
    const archived = archive.run(bank.version).changes;
    remember.run(BANK_VERSION_KEY, bank.version, createdAt);
    return { upserted, archived };
  });
  return { loaded: true, version: bank.version, previousVersion, ...run() };
}
