import { coachContextText, type CoachContext } from '../../../shared/ai/chat';
import type { PlanView } from '../../../shared/ipc/channels/advisor';
import type { AiService } from './ai-service';

const SYSTEM = `You are an interview coach. In at most 80 words, second person, warm and concrete,
explain why this practice plan fits the candidate right now, using only the data given (scores and
categories). Do not invent facts about them. Plain text, no lists.`;

/** A short personal explanation of a plan, written from the same data the offline advisor uses. */
export async function explainPlan(
  ai: AiService,
  plan: PlanView,
  context: CoachContext,
): Promise<{ text: string; model: string }> {
  const provider = await ai.provider();
  const items = plan.items
    .slice(0, 10)
    .map((item) => `- ${item.category}: ${item.reason}`)
    .join('\n');
  const reply = await provider.complete({
    messages: [
      { role: 'system', content: SYSTEM },
      {
        role: 'user',
        content: `Plan: ${plan.title}\n${plan.summary}\nWhy each question was picked:\n${items}\n\nTheir practice so far:\n${coachContextText(context)}`,
      },
    ],
    temperature: 0.4,
  });
  await ai.recordUsage('plan-explanation', reply);
  return { text: reply.text.trim().slice(0, 1200), model: reply.model };
}
