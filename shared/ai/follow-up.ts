import { z } from 'zod';

/** One follow-up question, as the model is asked to write it. */
export const FollowUpReply = z.strictObject({
  question: z.string().trim().min(10).max(300),
  keyPoints: z.array(z.string().trim().min(3).max(160)).min(2).max(5),
});
export type FollowUpReply = z.infer<typeof FollowUpReply>;
