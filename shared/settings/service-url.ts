import { z } from 'zod';
import { isLoopbackHost } from '../ai/ai-settings';

/**
 * Why an account-service address cannot be used, or null when it can: http(s) only, and plain
 * http only to this computer, so passwords and tokens never cross a network unencrypted.
 */
export function serviceUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full address such as https://accounts.example.com';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Only http and https addresses can be used';
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return 'Use https for a server on another machine (plain http is only allowed for this computer)';
  }
  if (url.username || url.password) return 'An address cannot carry a user name or password';
  return null;
}

export const ServiceUrl = z
  .string()
  .trim()
  .max(2048)
  .superRefine((value, ctx) => {
    const problem = serviceUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
