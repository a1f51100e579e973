import { RUBRIC_CRITERIA } from '../../../shared/ai/review';
import type { ChatReply } from './fake-openai-server';

/** The candidate's answer as the review prompt quotes it (between triple quotes). */
export function answerInPrompt(body: Record<string, unknown>): string {
  const messages = (body.messages ?? []) as Array<{ content?: string }>;
  const text = messages.map((m) => m.content ?? '').join('\n');
  return /"""\n([\s\S]*?)\n"""/.exec(text)?.[1] ?? '';
}

/** A review as a model would write it; `evidence` is given per criterion (same for all when one list). */
export function reviewJson(options: { marks?: number[]; evidence: string[]; improved?: string }): string {
  const marks = options.marks ?? [4, 2, 3, 3, 2, 4];
  return JSON.stringify({
    rubric: Object.fromEntries(
      RUBRIC_CRITERIA.map((criterion, i) => [
        criterion,
        { score: marks[i] ?? 3, reason: `Reason for ${criterion}.`, evidence: options.evidence },
      ]),
    ),
    improvedAnswer: options.improved ?? 'In my last role I led the release review and cut defects by a third.',
    nextSteps: ['Name the outcome with a number.', 'Say what you did, not the team.', 'End with what you learned.'],
  });
}

/** Answers review prompts like a model that quotes the answer's first words, plus one invented quote. */
export function reviewResponder(body: Record<string, unknown>): ChatReply {
  const answer = answerInPrompt(body);
  const firstWords = answer.split(/\s+/).slice(0, 5).join(' ');
  return { kind: 'content', content: reviewJson({ evidence: [firstWords, 'I single-handedly saved the company'] }) };
}

/** A generated question in the shape the app asks for. */
export function generatedQuestion(
  text: string,
  keyPoints = ['Names the situation', 'Explains own actions', 'States the result'],
) {
  return {
    text,
    type: 'behavioral',
    keyPoints,
    modelAnswer:
      'In my last role our release slipped twice, so I set up a weekly risk review and we shipped the next three on time.',
  };
}
