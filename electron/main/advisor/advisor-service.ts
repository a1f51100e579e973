import { analyse, type AdvisorAnalysis } from '../../../shared/domain/advisor/analysis';
import type { PlanContext, PlanKind } from '../../../shared/domain/advisor/plan-types';
import { PLAN_KINDS } from '../../../shared/domain/advisor/plan-types';
import { buildPlan } from '../../../shared/domain/advisor/plans';
import {
  dueReviews,
  POOR_SCORE,
  REVIEW_INTERVALS_DAYS,
  type DueReview,
} from '../../../shared/domain/advisor/spaced-repetition';
import { LEVEL_WINDOW, MIN_ATTEMPTS, STRONG_SCORE, WEAK_SCORE } from '../../../shared/domain/advisor/thresholds';
import { QUESTION_CATEGORIES } from '../../../shared/domain/questions/bank-schema';
import type {
  AdvisorOverview,
  DueReviewView,
  PlanProposalView,
  PlanRequest,
  PlanView,
  StartedPlan,
} from '../../../shared/ipc/channels/advisor';
import { AppError } from '../../../shared/ipc/result';
import type { MainServices } from '../services';
import { readAdvisorData, readPlanQuestions, readQuestionHistory, readReviewHistories } from './advisor-reader';
import { findPlan, listPlans, planView, setPlanSession, storePlan, openPlanSession } from './plan-store';

export interface AdvisorService {
  overview(): Promise<AdvisorOverview>;
  propose(request: PlanRequest): Promise<PlanProposalView>;
  startPlan(request: PlanRequest): Promise<StartedPlan>;
  plan(id: string): Promise<PlanView>;
  resumePlan(id: string): Promise<StartedPlan>;
  archivePlan(id: string): Promise<{ archived: boolean }>;
}

interface Snapshot {
  analysis: AdvisorAnalysis;
  ctx: PlanContext;
  upcoming: DueReview[];
}

export function createAdvisorService(services: MainServices): AdvisorService {
  const { db } = services;

  async function snapshot(): Promise<Snapshot> {
    const [data, questions, history, reviews] = await Promise.all([
      readAdvisorData(db),
      readPlanQuestions(db),
      readQuestionHistory(db),
      readReviewHistories(db),
    ]);
    const analysis = analyse(data.input);
    const today = services.today();
    const live = new Set(questions.map((q) => q.id));
    const { due, upcoming } = dueReviews(reviews, today);
    const ctx: PlanContext = {
      today,
      questions,
      history,
      categories: analysis.categories,
      subskills: analysis.subskills,
      level: analysis.level.level,
      // Only questions that can still be practised come back for review.
      due: due.filter((d) => live.has(d.questionId)),
      lastPractised: data.lastPractised,
      allCategories: QUESTION_CATEGORIES,
      totalAnswers: analysis.totalAnswers,
    };
    return { analysis, ctx, upcoming: upcoming.filter((d) => live.has(d.questionId)) };
  }

  function reviewView(ctx: PlanContext, list: readonly DueReview[]): DueReviewView[] {
    const byId = new Map(ctx.questions.map((q) => [q.id, q]));
    return list.flatMap((d) => {
      const q = byId.get(d.questionId);
      return q ? [{ ...d, text: q.text, category: q.category }] : [];
    });
  }

  function proposalFor(ctx: PlanContext, request: PlanRequest): PlanProposalView {
    return buildPlan(request.kind, ctx, { category: request.category });
  }

  async function start(request: PlanRequest): Promise<StartedPlan> {
    const { ctx } = await snapshot();
    const proposal = proposalFor(ctx, request);
    if (proposal.unavailable || proposal.items.length === 0) {
      throw new AppError('CONFLICT', proposal.unavailable ?? 'This plan has no questions to practise yet.');
    }
    const { row, sessionId } = await storePlan(db, proposal, services.now());
    services.events.emit('data:changed', { scope: 'plans' });
    return {
      plan: await planView(db, row, services.now()),
      sessionId,
      questionIds: proposal.items.map((i) => i.questionId),
    };
  }

  return {
    async overview() {
      const { analysis, ctx, upcoming } = await snapshot();
      const rows = await listPlans(db);
      const plans = await Promise.all(rows.map((row) => planView(db, row, services.now())));
      return {
        totalAnswers: analysis.totalAnswers,
        average: analysis.average,
        recentAverage: analysis.recentAverage,
        trend: analysis.trend,
        level: analysis.level,
        categories: analysis.categories,
        subskills: analysis.subskills,
        due: reviewView(ctx, ctx.due),
        upcoming: reviewView(ctx, upcoming).slice(0, 10),
        proposals: PLAN_KINDS.map((kind: PlanKind) => proposalFor(ctx, { kind })),
        plans,
        rules: {
          minAttempts: MIN_ATTEMPTS,
          weakBelow: WEAK_SCORE,
          strongFrom: STRONG_SCORE,
          reviewIntervals: [...REVIEW_INTERVALS_DAYS],
          poorBelow: POOR_SCORE,
          levelWindow: LEVEL_WINDOW,
        },
      };
    },

    async propose(request) {
      const { ctx } = await snapshot();
      return proposalFor(ctx, request);
    },

    startPlan: start,

    async plan(id) {
      const row = await findPlan(db, id);
      if (!row) throw new AppError('NOT_FOUND', 'That plan no longer exists.');
      return planView(db, row, services.now());
    },

    async resumePlan(id) {
      const row = await findPlan(db, id);
      if (!row || row.status === 'archived') throw new AppError('NOT_FOUND', 'That plan no longer exists.');
      const view = await planView(db, row, services.now());
      const remaining = view.items.filter((i) => !i.done).map((i) => i.questionId);
      if (remaining.length === 0)
        throw new AppError('CONFLICT', 'Every question in this plan is done. Start a new plan for more.');
      let sessionId = view.sessionId;
      const session = sessionId
        ? await db.selectFrom('sessions').select('status').where('id', '=', sessionId).executeTakeFirst()
        : undefined;
      if (!sessionId || session?.status !== 'active') {
        sessionId = await openPlanSession(db, row.id, remaining, services.now());
        await setPlanSession(db, row, sessionId);
      }
      return { plan: { ...view, sessionId }, sessionId, questionIds: remaining };
    },

    async archivePlan(id) {
      const at = services.now().toISOString();
      const result = await db
        .updateTable('plans')
        .set({ status: 'archived', updated_at: at })
        .where('id', '=', id)
        .where('status', '!=', 'archived')
        .executeTakeFirst();
      await db
        .updateTable('sessions')
        .set({ status: 'abandoned', ended_at: at })
        .where('plan_id', '=', id)
        .where('status', '=', 'active')
        .execute();
      const archived = Number(result.numUpdatedRows) > 0;
      if (archived) services.events.emit('data:changed', { scope: 'plans' });
      return { archived };
    },
  };
}
