import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EvaluationInput } from '../../shared/domain/evaluator';
import { BankFile, type BankQuestion } from '../../shared/domain/questions/bank-schema';

/** The adversarial calibration set (tests/fixtures/calibration/adversarial.json), with bank questions resolved. */

export const ANSWER_KINDS = ['strong', 'unusual-strong', 'paraphrase', 'weak-padded', 'vague', 'gaming'] as const;
export const GAMING_FAMILIES = [
  'keyword-list',
  'echo',
  'placeholders',
  'cue-stuffing',
  'padding',
  'shouting',
  'insults',
  'off-topic',
] as const;
export const UNUSUAL_FORMS = [
  'no-numbers',
  'no-star-words',
  'result-first',
  'concise',
  'non-native',
  'bullets',
  'code-heavy',
  'transcript',
] as const;

const Answer = z.object({
  id: z.string(),
  question: z.string(),
  kind: z.enum(ANSWER_KINDS),
  family: z.enum(GAMING_FAMILIES).optional(),
  form: z.enum(UNUSUAL_FORMS).optional(),
  of: z.string().optional(),
  text: z.string().optional(),
  from: z.string().optional(),
  transform: z.literal('upper').optional(),
});
export type AdversarialAnswer = z.infer<typeof Answer> & { text: string };

const Fixture = z.object({
  description: z.string(),
  questions: z.array(
    z.object({
      id: z.string(),
      bankId: z.string().optional(),
      question: z.object({ text: z.string() }).optional(),
    }),
  ),
  answers: z.array(Answer),
});

const resources = new URL('../../resources/questions/', import.meta.url);

/** Every question of the shipped bank. */
export function loadBankQuestions(): BankQuestion[] {
  return readdirSync(resources)
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
    .flatMap((f) => BankFile.parse(JSON.parse(readFileSync(new URL(f, resources), 'utf8'))).questions);
}

/** The question as the app sends it to the evaluator (see electron/main/attempts/evaluation-request.ts). */
export function evaluatorQuestion(q: BankQuestion): EvaluationInput['question'] {
  return {
    text: q.text,
    category: q.category,
    type: q.type,
    keyPoints: q.keyPoints.map((k) => ({ text: k.text, cues: k.cues })),
    ...(q.modelAnswer ? { modelAnswer: q.modelAnswer } : {}),
  };
}

export interface AdversarialSet {
  questions: Map<string, { question: EvaluationInput['question']; bankId: string | null }>;
  answers: AdversarialAnswer[];
}

export function loadAdversarialSet(): AdversarialSet {
  const fixture = Fixture.parse(
    JSON.parse(readFileSync(new URL('../fixtures/calibration/adversarial.json', import.meta.url), 'utf8')),
  );
  const bank = new Map(loadBankQuestions().map((q) => [q.id, q]));
  const questions = new Map<string, { question: EvaluationInput['question']; bankId: string | null }>();
  for (const q of fixture.questions) {
    if (q.bankId) {
      const found = bank.get(q.bankId);
      if (!found) throw new Error(`adversarial set: no bank question ${q.bankId}`);
      questions.set(q.id, { question: evaluatorQuestion(found), bankId: q.bankId });
    } else if (q.question) {
      questions.set(q.id, { question: q.question, bankId: null });
    }
  }
  const byId = new Map(fixture.answers.map((a) => [a.id, a]));
  const answers = fixture.answers.map((a): AdversarialAnswer => {
    if (a.text !== undefined) return { ...a, text: a.text };
    const source = a.from === undefined ? undefined : byId.get(a.from)?.text;
    if (source === undefined) throw new Error(`adversarial set: ${a.id} has no text`);
    return { ...a, text: a.transform === 'upper' ? source.toUpperCase() : source };
  });
  return { questions, answers };
}
