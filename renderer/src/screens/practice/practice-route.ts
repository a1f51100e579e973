import { hrefFor, navigate } from '../../app/router';

/** Where practice is: a question (q), a set being worked through (queue), and the attempt on show. */
export interface PracticeLocation {
  q?: string;
  queue?: readonly string[];
  attempt?: string;
}

const MAX_QUEUE = 50;

export function readPracticeLocation(params: URLSearchParams): PracticeLocation {
  const queue = (params.get('queue') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
    .slice(0, MAX_QUEUE);
  return {
    q: params.get('q') ?? undefined,
    queue: queue.length ? queue : undefined,
    attempt: params.get('attempt') ?? undefined,
  };
}

function toParams(location: PracticeLocation): Record<string, string> {
  const params: Record<string, string> = {};
  if (location.q) params.q = location.q;
  if (location.queue?.length) params.queue = location.queue.slice(0, MAX_QUEUE).join(',');
  if (location.attempt) params.attempt = location.attempt;
  return params;
}

export function practiceHref(location: PracticeLocation): string {
  return hrefFor('practice', toParams(location));
}

export function goToPractice(location: PracticeLocation): void {
  navigate('practice', toParams(location));
}

/** Starts working through a set of questions (a saved set, a job-matched set) from its first. */
export function practiseSet(ids: readonly string[]): void {
  if (ids.length) goToPractice({ q: ids[0], queue: ids });
}
