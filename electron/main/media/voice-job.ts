import type { BandPowers } from '../../../shared/domain/voice/band-powers';
import { analyzeVoice, computePeaks } from '../../../shared/domain/voice';
import type { AnalysisOutcome, StoredAnalysis } from './analysis-protocol';

/**
 * The voice analysis and waveform peaks of a whole recording's PCM (CPU-bound: run it in a worker);
 * `bandPowers` when they were computed while it was decoded.
 */
export function analysePcm(
  pcm: Float32Array,
  sampleRate: number,
  options: { minPauseSec?: number; longPauseSec?: number; transcriptWordCount?: number; peaksPerSecond: number },
  bandPowers?: BandPowers,
): AnalysisOutcome {
  const started = performance.now();
  const voice = analyzeVoice(
    pcm,
    sampleRate,
    {
      ...(options.minPauseSec !== undefined ? { minPauseSec: options.minPauseSec } : {}),
      ...(options.longPauseSec !== undefined ? { longPauseSec: options.longPauseSec } : {}),
      ...(options.transcriptWordCount !== undefined ? { transcriptWordCount: options.transcriptWordCount } : {}),
    },
    bandPowers,
  );
  const peaks = computePeaks(pcm, sampleRate, options.peaksPerSecond);
  const analysis: StoredAnalysis = {
    version: 1,
    metrics: voice.metrics,
    speechRegions: voice.speechRegions.map((r) => ({ startSec: r.startSec, endSec: r.endSec })),
    longPauses: voice.longPauses.map((p) => ({ startSec: p.startSec, endSec: p.endSec })),
    paceSegments: voice.paceSegments.map((s) => ({
      startSec: s.startSec,
      endSec: s.endSec,
      wpm: s.wpm,
      speechSec: s.speechSec,
      syllables: s.syllables,
    })),
    paceChanges: voice.paceChanges.map((c) => ({ ...c })),
    noiseFloorDbfs: voice.noiseFloorDbfs,
    snrDb: voice.snrDb,
    ...(options.transcriptWordCount !== undefined
      ? { transcriptWpm: voice.transcriptWpm, transcriptWpmIncludingPauses: voice.transcriptWpmIncludingPauses }
      : {}),
  };
  return { analysis, peaks, sampleCount: pcm.length, computeMs: performance.now() - started };
}
