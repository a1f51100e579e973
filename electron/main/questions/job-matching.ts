import type { Kysely } from 'kysely';
import { matchJobDescription } from '../../../shared/domain/questions/job-match';
import type { MatchJobResult } from '../../../shared/ipc/channels/questions';
import type { Database } from '../db/schema';
import { parseKeyPoints } from './question-mapping';
import { getQuestions } from './question-queries';

/** Matches a pasted job posting against every live question (bank and the user's own). */
export async function matchJob(db: Kysely<Database>, description: string, limit: number): Promise<MatchJobResult> {
  const rows = await db.selectFrom('questions').select(['id', 'category', 'type', 'text', 'tags', 'roles', 'key_points']).where('archived', '=', 0).execute();
  const strings = (json: string): string[] => {
    try {
      const value: unknown = JSON.parse(json);
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  };
  const result = matchJobDescription(
    description,
    rows.map((r) => ({
      id: r.id,
      category: r.category,
      type: r.type,
      text: r.text,
      tags: strings(r.tags),
      roles: strings(r.roles),
      keyPointWords: parseKeyPoints(r.key_points).flatMap((k) => [k.text, ...k.cues]),
    })),
    limit,
  );
  const summaries = new Map((await getQuestions(db, result.matches.map((m) => m.id))).map((q) => [q.id, q]));
  return {
    roles: result.roles,
    keywords: result.keywords,
    matches: result.matches.flatMap((m) => {
      const question = summaries.get(m.id);
      return question ? [{ question, score: m.score, reasons: m.reasons }] : [];
    }),
  };
}
