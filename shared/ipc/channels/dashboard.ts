import { z } from 'zod';
import { channel } from '../channel';
import { NoInput } from './app';

export const RecentAttempt = z.object({
  id: z.string(),
  questionText: z.string(),
  category: z.string(),
  mode: z.enum(['text', 'audio', 'video']),
  overall: z.number(),
  createdAt: z.string(),
});
export type RecentAttempt = z.infer<typeof RecentAttempt>;

export const DashboardSummary = z.object({
  totalAttempts: z.number().int(),
  averageScore: z.number().nullable(),
  /** Consecutive local days with at least one attempt, ending today or yesterday. */
  currentStreakDays: z.number().int(),
  longestStreakDays: z.number().int(),
  attemptsLast7Days: z.number().int(),
  averageLast7Days: z.number().nullable(),
  lastPracticedAt: z.string().nullable(),
  recent: z.array(RecentAttempt),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;

export const dashboardChannels = {
  'dashboard:summary': channel(NoInput, DashboardSummary),
};
