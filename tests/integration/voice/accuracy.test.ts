import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeVoice, type VoiceAnalysis } from '../../../shared/domain/voice/index';
import { PAUSE_TOLERANCE_SEC } from '../../../shared/domain/voice/speech-regions';
import { ACCURACY_RATES, CONDITIONS, accuracySpec, type Condition } from '../../fixtures/speech/accuracy-set';
import { speechFixture, type Span, type SpeechFixture } from '../../fixtures/speech/generate';

/**
 * Issue 4 "Accuracy": espeak-ng speech at five rates (≈110–210 wpm measured), joined by
 * silences of known length, clean / -20 dB / white and pink noise at 20 dB SNR, through WebM
 * and back. Truth is known by construction (tests/fixtures/speech/generate.ts).
 */

const MIN_PAUSE_SEC = 0.3;
const EDGE_TOLERANCE_SEC = 0.1;
const WPM_TOLERANCE = 0.15;

interface Case {
  rate: number;
  condition: Condition;
  fixture: SpeechFixture;
  analysis: VoiceAnalysis;
}

const cases: Case[] = [];
const summary: Array<Record<string, string | number>> = [];

beforeAll(async () => {
  // Sequential: fixture generation spawns espeak, sox and ffmpeg, and the machine has 2 cores.
  for (const rate of ACCURACY_RATES) {
    for (const condition of CONDITIONS) {
      const fixture = await speechFixture(accuracySpec(rate, condition));
      cases.push({ rate, condition, fixture, analysis: analyzeVoice(fixture.pcm, fixture.sampleRate) });
    }
  }
}, 30 * 60_000);

afterAll(() => {
  if (summary.length > 0) console.table(summary);
});

/** Pairs each true pause with the detected pause that overlaps it. */
function matchPauses(
  truth: readonly Span[],
  found: readonly Span[],
): { matched: Array<[Span, Span]>; missed: Span[]; invented: Span[] } {
  const used = new Set<Span>();
  const matched: Array<[Span, Span]> = [];
  const missed: Span[] = [];
  for (const t of truth) {
    const hit = found.find((f) => !used.has(f) && f.startSec < t.endSec && f.endSec > t.startSec);
    if (hit) {
      used.add(hit);
      matched.push([t, hit]);
    } else missed.push(t);
  }
  return { matched, missed, invented: found.filter((f) => !used.has(f)) };
}

const casesFor = (condition: Condition): Case[] => cases.filter((c) => c.condition === condition);

describe.each(CONDITIONS)('espeak-ng speech through WebM, %s', (condition) => {
  it('finds every pause of 0.3 s or more with start and end within 0.1 s, and invents none', () => {
    const rows = casesFor(condition);
    expect(rows).toHaveLength(ACCURACY_RATES.length);
    for (const { rate, fixture, analysis } of rows) {
      const { matched, missed, invented: unmatched } = matchPauses(fixture.truth.pauses, analysis.metrics.pauses);
      // A reported pause with no true pause under it is invented, unless it lies on one of
      // espeak's own silences that falls short of 0.3 s by less than the detector's stated
      // measuring tolerance (e.g. 0.298 s): reporting that one is a measurement, not an invention.
      const nearMisses = fixture.truth.shortSilences.filter(
        (s) => s.endSec - s.startSec >= MIN_PAUSE_SEC - PAUSE_TOLERANCE_SEC,
      );
      const invented = unmatched.filter((f) => !nearMisses.some((s) => f.startSec < s.endSec && f.endSec > s.startSec));
      expect(missed, `missed pauses at -s ${rate}`).toEqual([]);
      expect(invented, `invented pauses at -s ${rate}`).toEqual([]);
      const startErrors = matched.map(([t, f]) => Math.abs(f.startSec - t.startSec));
      const endErrors = matched.map(([t, f]) => Math.abs(f.endSec - t.endSec));
      expect(Math.max(...startErrors), `start error at -s ${rate}`).toBeLessThanOrEqual(EDGE_TOLERANCE_SEC);
      expect(Math.max(...endErrors), `end error at -s ${rate}`).toBeLessThanOrEqual(EDGE_TOLERANCE_SEC);
      const wpmError = analysis.metrics.estimatedWpm / fixture.truth.wpm - 1;
      summary.push({
        condition,
        espeakRate: rate,
        trueWpm: +fixture.truth.wpm.toFixed(1),
        estimatedWpm: analysis.metrics.estimatedWpm,
        wpmErrorPct: +(100 * wpmError).toFixed(1),
        pauses: matched.length,
        nearMissesReported: unmatched.length,
        maxStartErrMs: Math.round(1000 * Math.max(...startErrors)),
        maxEndErrMs: Math.round(1000 * Math.max(...endErrors)),
        meanAbsEdgeErrMs: Math.round(
          (1000 * [...startErrors, ...endErrors].reduce((a, b) => a + b, 0)) / (2 * matched.length),
        ),
      });
    }
  });

  it('estimates words per minute within 15% of the measured rate, ordered like the true rates', () => {
    const rows = casesFor(condition);
    for (const { rate, fixture, analysis } of rows) {
      const error = analysis.metrics.estimatedWpm / fixture.truth.wpm - 1;
      expect(
        Math.abs(error),
        `-s ${rate}: ${analysis.metrics.estimatedWpm} vs ${fixture.truth.wpm.toFixed(1)}`,
      ).toBeLessThanOrEqual(WPM_TOLERANCE);
    }
    const byTruth = [...rows].sort((a, b) => a.fixture.truth.wpm - b.fixture.truth.wpm);
    for (let i = 1; i < byTruth.length; i++) {
      const slower = byTruth[i - 1] as Case;
      const faster = byTruth[i] as Case;
      expect(faster.analysis.metrics.estimatedWpm).toBeGreaterThan(slower.analysis.metrics.estimatedWpm);
    }
  });

  it('measures speaking time well enough that a transcript gives the true rate within 3%', () => {
    for (const { fixture } of casesFor(condition)) {
      const analysis = analyzeVoice(fixture.pcm, fixture.sampleRate, { transcriptWordCount: fixture.truth.words });
      const wpm = analysis.transcriptWpm;
      expect(wpm).not.toBeNull();
      expect(Math.abs((wpm ?? 0) / fixture.truth.wpm - 1)).toBeLessThanOrEqual(0.03);
    }
  });
});

describe('the measured rates cover the range the targets name', () => {
  it('spans about 110 to 210 words per minute', () => {
    const rates = cases.filter((c) => c.condition === 'clean').map((c) => c.fixture.truth.wpm);
    expect(Math.min(...rates)).toBeLessThanOrEqual(112);
    expect(Math.max(...rates)).toBeGreaterThanOrEqual(205);
  });
});
