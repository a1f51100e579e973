import { describe, expect, it } from 'vitest';
import { dueFigures } from '../../../shared/domain/advisor/due-text';
import { seededRandom } from '../../../shared/domain/advisor/stats';
import { TREND_CHANGE, TREND_WINDOW } from '../../../shared/domain/advisor/thresholds';
import { trendMark, trendOf, trendSentence } from '../../../shared/domain/advisor/trend';

/** Score lists of every shape the app can produce: noise, cliffs, zeros from skipped questions. */
function randomScores(random: () => number): number[] {
  const n = Math.floor(random() * 30);
  const shape = Math.floor(random() * 4);
  return Array.from({ length: n }, (_, i) => {
    if (shape === 0) return Math.round(random() * 100);
    if (shape === 1) return random() < 0.5 ? 0 : 100;
    if (shape === 2) return i < n / 2 ? 100 : 0;
    return Math.round(Math.min(100, Math.max(0, 60 + (random() - 0.5) * 80)));
  });
}

const CASES = Array.from({ length: 2000 }, (_, k) => randomScores(seededRandom(`trend-${k}`)));

describe('recent trend: newer half of the window against the older half', () => {
  it('needs at least four answers', () => {
    expect(trendOf([50, 60, 70]).label).toBe('unknown');
    expect(trendSentence(trendOf([50, 60, 70]))).toBe('Needs 4 answers to show a trend.');
  });

  it('reads a steady climb as improving by the difference of the two averages', () => {
    const t = trendOf([50, 52, 54, 56, 58, 60]);
    expect(t).toEqual({ label: 'improving', change: 6, window: 6, earlier: 52, later: 58 });
    expect(trendMark(t)).toBe('+6');
    expect(trendSentence(t)).toBe('Your last 3 answers average 58, the 3 before 52: up 6 points.');
  });

  it('reads a fall as declining and noise as steady', () => {
    expect(trendOf([80, 76, 72, 68, 64]).label).toBe('declining');
    expect(trendOf([70, 74, 69, 73, 70, 72]).label).toBe('steady');
  });

  it('uses only the last ten answers', () => {
    const old = Array.from({ length: 20 }, () => 20);
    const t = trendOf([...old, ...Array.from({ length: 10 }, () => 80)]);
    expect(t.window).toBe(TREND_WINDOW);
    expect(t.change).toBe(0);
  });

  it('a cliff of the worst kind is at most the whole score range, where a fitted line said -136', () => {
    const t = trendOf([100, 100, 100, 100, 100, 0, 0, 0, 0, 0]);
    expect(t.change).toBe(-100);
    expect(trendOf([100, 100, 0, 0]).change).toBe(-100);
  });

  it('property: a trend never leaves the score range and lies between the extremes it compares', () => {
    for (const scores of CASES) {
      const t = trendOf(scores);
      if (t.change === null) continue;
      const window = scores.slice(-t.window);
      const spread = Math.max(...window) - Math.min(...window);
      expect(Math.abs(t.change)).toBeLessThanOrEqual(100);
      expect(Math.abs(t.change)).toBeLessThanOrEqual(spread + 0.05);
      expect(t.earlier).toBeGreaterThanOrEqual(0);
      expect(t.later).toBeLessThanOrEqual(100);
      expect(t.change).toBeCloseTo((t.later ?? 0) - (t.earlier ?? 0), 0);
    }
  });

  it('property: the mark, the label and the sentence tell the same story', () => {
    for (const scores of CASES) {
      const t = trendOf(scores);
      const mark = trendMark(t);
      const sentence = trendSentence(t);
      if (t.label === 'unknown') {
        expect(mark).toBe('—');
        continue;
      }
      const points = Math.round(Math.abs(t.change ?? 0));
      if (t.label === 'steady') {
        expect(mark).toBe('Steady');
        expect(Math.abs(t.change ?? 99)).toBeLessThan(TREND_CHANGE);
        expect(sentence).toMatch(/steady/);
      } else {
        const up = t.label === 'improving';
        expect(mark).toBe(`${up ? '+' : '−'}${points}`);
        expect(sentence).toContain(`${up ? 'up' : 'down'} ${points} point`);
        expect(up ? (t.later ?? 0) > (t.earlier ?? 0) : (t.later ?? 0) < (t.earlier ?? 0)).toBe(true);
      }
      expect(sentence).toContain(`last ${t.window / 2} answer`);
      expect(sentence).toContain(`average ${Math.round(t.later ?? 0)}`);
    }
  });
});

describe('due review figures', () => {
  const day = (d: string) => `<${d}>`;

  it('a badge of 73 next to a poor 48 says which is which', () => {
    const f = dueFigures({ lastScore: 73, lastDay: '2026-11-29', poorScore: 48, poorDay: '2026-11-22' }, day);
    expect(f.badge).toBe(73);
    expect(f.badgeLabel).toBe('Latest score 73');
    expect(f.history).toBe('Latest score 73 on <2026-11-29> · reviews started after 48 on <2026-11-22>');
  });

  it('property: the badge number is the latest score the line quotes', () => {
    const random = seededRandom('due');
    for (let k = 0; k < 500; k++) {
      const lastScore = Math.round(random() * 1000) / 10;
      const poorScore = Math.round(random() * 600) / 10;
      const f = dueFigures({ lastScore, lastDay: '2026-12-01', poorScore, poorDay: '2026-11-20' }, day);
      expect(f.history.startsWith(`Latest score ${f.badge} on `)).toBe(true);
      expect(f.badgeLabel).toBe(`Latest score ${f.badge}`);
    }
  });
});
