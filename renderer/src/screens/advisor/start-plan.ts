import type { PlanRequest, StartedPlan } from '../../../../shared/ipc/channels/advisor';
import { call } from '../../api/client';
import { practiseSet } from '../practice/practice-route';

/** Stores the plan and opens practice on its questions (practice works through them in order). */
export async function startPlan(request: PlanRequest): Promise<StartedPlan> {
  const started = await call('advisor:start-plan', request);
  practiseSet(started.questionIds);
  return started;
}

export async function continuePlan(id: string): Promise<StartedPlan> {
  const started = await call('advisor:resume-plan', { id });
  practiseSet(started.questionIds);
  return started;
}
