import { analyzeVoice } from '../../../shared/domain/voice';
import { peaksBuilder } from '../../../shared/domain/voice/peaks';
import { voicePreworkBuilder } from '../../../shared/domain/voice/voice-prework';
import type { AnalysisOutcome, StoredAnalysis } from './analysis-protocol';

export interface PcmAnalysisOptions {
  minPauseSec?: number;
  longPauseSec?: number;
  transcriptWordCount?: number;
  peaksPerSecond: number;
}

export interface PcmAnalysis {
  /** Analyses as far as the PCM so far allows; each call passes a longer prefix of the same PCM. */
  update(pcmSoFar: Float32Array): void;
  /** The voice analysis and waveform peaks of the whole recording (CPU-bound: run it in a worker). */
  finish(pcm: Float32Array): AnalysisOutcome;
}

/**
 * The voice analysis and waveform peaks of a recording's PCM, fed while it is decoded: the peaks
 * and every stage of the analysis that runs from the start forwards (band powers, pitch
 * candidates, clipping) keep up with the decoder, so finish() has only the whole-recording
 * stages left.
 */
export function pcmAnalysis(sampleRate: number, options: PcmAnalysisOptions): PcmAnalysis {
  const prework = voicePreworkBuilder(sampleRate);
  const peaks = peaksBuilder(sampleRate, options.peaksPerSecond);
  return {
    update(pcmSoFar) {
      prework.update(pcmSoFar);
      peaks.update(pcmSoFar);
    },
    finish(pcm) {
      const started = performance.now();
      const voice = analyzeVoice(
        pcm,
        sampleRate,
        {
          ...(options.minPauseSec !== undefined ? { minPauseSec: options.minPauseSec } : {}),
          ...(options.longPauseSec !== undefined ? { longPauseSec: options.longPauseSec } : {}),
          ...(options.transcriptWordCount !== undefined ? { transcriptWordCount: options.transcriptWordCount } : {}),
        },
        prework.finish(pcm),
      );
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
      return {
        analysis,
        peaks: peaks.finish(pcm),
        sampleCount: pcm.length,
        computeMs: performance.now() - started,
      };
    },
  };
}
