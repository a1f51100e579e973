import { z } from 'zod';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/**
 * Why a server address cannot be used, or null when it can: http(s) only, and plain http only to
 * this computer, so keys, passwords and tokens never cross a network unencrypted.
 */
export function serviceUrlProblem(
  value: string,
  words: { example: string; credentials: string } = {
    example: 'https://accounts.example.com',
    credentials: 'An address cannot carry a user name or password',
  },
): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `Enter a full address such as ${words.example}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Only http and https addresses can be used';
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return 'Use https for a server on another machine (plain http is only allowed for this computer)';
  }
  if (url.username || url.password) return words.credentials;
  return null;
}

/** A zod string checked with `problem` (serviceUrlProblem, or a variant with its own words). */
export function serverAddress(problem: (value: string) => string | null = (value) => serviceUrlProblem(value)) {
  return z
    .string()
    .trim()
    .max(2048)
    .superRefine((value, ctx) => {
      const found = problem(value);
      if (found) ctx.addIssue({ code: 'custom', message: found });
    });
}

/** The account service's address. */
export const ServiceUrl = serverAddress();
