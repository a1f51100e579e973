import { formatScore, scoreTone } from '../app/format';

const RADIUS = 44;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** A 0–100 score as a ring coloured by its tone, with the number in the middle. */
export function ScoreRing({ score, size = 116, testId }: { score: number; size?: number; testId?: string }) {
  return (
    <div
      className={`score-ring score-ring-${scoreTone(score)}`}
      style={{ width: size, height: size }}
      data-testid={testId}
    >
      <svg viewBox="0 0 100 100" width={size} height={size} aria-hidden="true">
        <circle cx="50" cy="50" r={RADIUS} className="ring-track" />
        <circle
          cx="50"
          cy="50"
          r={RADIUS}
          className="ring-value"
          strokeDasharray={`${(CIRCUMFERENCE * score) / 100} ${CIRCUMFERENCE}`}
          transform="rotate(-90 50 50)"
        />
      </svg>
      <div className="ring-label">
        <span className="ring-number">{formatScore(score)}</span>
        <span className="ring-of">of 100</span>
      </div>
    </div>
  );
}
