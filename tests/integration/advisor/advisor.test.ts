import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../electron/main/ipc/dispatcher';
import { createHandlers } from '../../../electron/main/ipc/registry';
import type { MainServices } from '../../../electron/main/services';
import type { AdvisorOverview, PlanProposalView, PlanView, StartedPlan } from '../../../shared/ipc/channels/advisor';
import { contract } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { attemptRow, insertAttempts } from '../../helpers/attempts';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

const DAY = 86_400_000;
const NOW = new Date('2026-03-10T15:00:00');

describe('the advisor on a real data folder', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  let dispatcher: Dispatcher;
  let clock = NOW;

  async function call<T>(channel: string, input: unknown = {}): Promise<T> {
    const result = (await dispatcher.dispatch(channel, input, { origin: 'test' })) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }
  async function fails(channel: string, input: unknown): Promise<{ code: string; message: string }> {
    const result = await dispatcher.dispatch(channel, input, { origin: 'test' });
    if (result.ok) throw new Error(`${channel} succeeded`);
    return result.error;
  }
  async function bankIds(category: string): Promise<string[]> {
    return (
      await services.db
        .selectFrom('questions')
        .select('id')
        .where('category', '=', category)
        .where('archived', '=', 0)
        .orderBy('id')
        .execute()
    ).map((q) => q.id);
  }
  function answer(questionId: string, category: string, overall: number, daysAgo: number) {
    return attemptRow({
      question_id: questionId,
      category,
      overall,
      content_score: overall,
      structure_score: overall - 5,
      language_score: overall + 5,
      at: new Date(clock.getTime() - daysAgo * DAY),
    });
  }

  beforeEach(async () => {
    clock = NOW;
    dir = makeTempDir();
    services = await startTestServices(dir.path, () => clock);
    dispatcher = createDispatcher({ contract, handlers: createHandlers(services), trustedOrigins: ['test'] });
  });
  afterEach(async () => {
    await services.close();
    dir.remove();
  });

  it('with no attempts: beginner, nothing weak, a starter daily plan, and weak areas explains what it needs', async () => {
    const o = await call<AdvisorOverview>('advisor:overview');
    expect(o).toMatchObject({ totalAnswers: 0, average: null, categories: [], subskills: [], due: [], plans: [] });
    expect(o.level.level).toBe('beginner');
    const byKind = new Map(o.proposals.map((p) => [p.kind, p]));
    expect(byKind.get('daily')?.items).toHaveLength(5);
    expect(byKind.get('weak-areas')).toMatchObject({ items: [], unavailable: expect.stringMatching(/No answers yet/) });
    expect(byKind.get('advanced')?.items.length).toBeGreaterThan(0);
    expect(byKind.get('mastery')?.items.length).toBeGreaterThan(0);
  });

  it('with one attempt: the category is listed but not judged', async () => {
    const [q] = await bankIds('conflict');
    await insertAttempts(services.db, [answer(q ?? '', 'conflict', 30, 0)]);
    const o = await call<AdvisorOverview>('advisor:overview');
    expect(o.categories).toEqual([expect.objectContaining({ id: 'conflict', attempts: 1, status: 'not-enough' })]);
    expect(o.proposals.find((p) => p.kind === 'weak-areas')?.unavailable).toMatch(/you have 1 in all/);
  });

  it('finds the weak category, brings a poor answer back when due, and starts a plan that tracks progress', async () => {
    const conflict = await bankIds('conflict');
    const teamwork = await bankIds('teamwork');
    const rows = [
      ...conflict.slice(0, 6).map((id, i) => answer(id, 'conflict', 40 + i, 10 - i)),
      ...teamwork.slice(0, 6).map((id, i) => answer(id, 'teamwork', 82 + i, 10 - i)),
    ];
    await insertAttempts(services.db, rows);
    const o = await call<AdvisorOverview>('advisor:overview');
    expect(o.categories[0]).toMatchObject({ id: 'conflict', status: 'weak' });
    expect(o.categories.find((c) => c.id === 'teamwork')?.status).toBe('strong');
    expect(o.subskills.map((s) => s.id).sort()).toEqual(['content', 'language', 'structure']);
    // Six poor conflict answers, 5–10 days ago, each due a day later: all due now, most overdue first.
    expect(o.due.map((d) => d.questionId)).toEqual(conflict.slice(0, 6));
    expect(o.due[0]).toMatchObject({ poorScore: 40, step: 0, overdueDays: 9, category: 'conflict' });

    const weak = o.proposals.find((p) => p.kind === 'weak-areas');
    expect(weak?.items.every((i) => i.category === 'conflict')).toBe(true);

    const started = await call<StartedPlan>('advisor:start-plan', { kind: 'weak-areas' });
    expect(started.questionIds).toEqual(weak?.items.map((i) => i.questionId));
    const session = await services.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', started.sessionId)
      .executeTakeFirstOrThrow();
    expect(session).toMatchObject({ kind: 'plan', status: 'active', plan_id: started.plan.id });
    expect(started.plan.progress).toMatchObject({ done: 0, total: started.questionIds.length });

    // An answer from before the plan never counts; one after it does, wherever it was given.
    clock = new Date(NOW.getTime() + 60_000);
    await insertAttempts(services.db, [answer(started.questionIds[0] ?? '', 'conflict', 71, 0)]);
    const one = await call<PlanView>('advisor:plan', { id: started.plan.id });
    expect(one.progress).toMatchObject({ done: 1, averageScore: 71 });
    expect(one.items[0]).toMatchObject({ done: true, score: 71 });

    // The answered review is no longer due: it moved up the ladder.
    const after = await call<AdvisorOverview>('advisor:overview');
    const moved = after.upcoming.find((d) => d.questionId === started.questionIds[0]);
    if (after.due.some((d) => d.questionId === started.questionIds[0]))
      throw new Error('still due after a passing answer');
    expect(moved).toMatchObject({ step: 1 });

    const resumed = await call<StartedPlan>('advisor:resume-plan', { id: started.plan.id });
    expect(resumed.questionIds).toEqual(started.questionIds.slice(1));
    expect(resumed.sessionId).toBe(started.sessionId);

    await insertAttempts(
      services.db,
      started.questionIds.slice(1).map((id) => answer(id, 'conflict', 66, 0)),
    );
    const done = await call<PlanView>('advisor:plan', { id: started.plan.id });
    expect(done).toMatchObject({ status: 'completed', progress: { complete: true } });
    expect(
      (
        await services.db
          .selectFrom('sessions')
          .select('status')
          .where('id', '=', started.sessionId)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('completed');
    expect((await fails('advisor:resume-plan', { id: started.plan.id })).code).toBe('CONFLICT');
  });

  it('keeps one active plan per kind and can archive a plan', async () => {
    const first = await call<StartedPlan>('advisor:start-plan', { kind: 'daily' });
    const second = await call<StartedPlan>('advisor:start-plan', { kind: 'daily' });
    const o = await call<AdvisorOverview>('advisor:overview');
    expect(o.plans.map((p) => p.id)).toEqual([second.plan.id]);
    expect(
      (await services.db.selectFrom('plans').select('status').where('id', '=', first.plan.id).executeTakeFirstOrThrow())
        .status,
    ).toBe('archived');
    expect(await call('advisor:archive-plan', { id: second.plan.id })).toEqual({ archived: true });
    expect((await call<AdvisorOverview>('advisor:overview')).plans).toEqual([]);
  });

  it('explains a category with no questions and refuses to start an empty plan', async () => {
    await services.db.updateTable('questions').set({ archived: 1 }).where('category', '=', 'sales').execute();
    const proposal = await call<PlanProposalView>('advisor:propose', { kind: 'mastery', category: 'sales' });
    expect(proposal).toMatchObject({
      category: 'sales',
      items: [],
      unavailable: expect.stringMatching(/no questions in Sales yet/),
    });
    expect(await fails('advisor:start-plan', { kind: 'mastery', category: 'sales' })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/no questions in Sales/),
    });
    expect((await fails('advisor:propose', { kind: 'mastery', category: 'basket-weaving' })).code).toBe('BAD_INPUT');
  });
});
