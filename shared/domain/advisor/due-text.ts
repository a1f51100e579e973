import type { DueReview } from './spaced-repetition';

export interface DueFigures {
  /** The number on the badge: the latest score for the question. */
  badge: number;
  /** The badge in words (its accessible name and tooltip). */
  badgeLabel: string;
  /** The line under the question; it quotes the badge's number with its day. */
  history: string;
}

/**
 * What a due review shows. The badge is the latest score and the line says so ("latest 73 on
 * 3 Dec"), so a badge of 73 never sits next to an unexplained "scored 48"; the poor answer that
 * started the reviews is named as such.
 */
export function dueFigures(
  d: Pick<DueReview, 'lastScore' | 'lastDay' | 'poorScore' | 'poorDay'>,
  day: (isoDay: string) => string,
): DueFigures {
  const latest = Math.round(d.lastScore);
  const poor = Math.round(d.poorScore);
  const sameAnswer = d.lastDay === d.poorDay && latest === poor;
  const history = sameAnswer
    ? `Latest score ${latest} on ${day(d.lastDay)}`
    : `Latest score ${latest} on ${day(d.lastDay)} · reviews started after ${poor} on ${day(d.poorDay)}`;
  return { badge: latest, badgeLabel: `Latest score ${latest}`, history };
}
