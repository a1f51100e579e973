import { heardSpeech } from '../../../shared/domain/voice/speech-presence';
import { briefDelivery, scoreDelivery } from '../../../shared/domain/evaluator/measures/delivery';
import type { RecordingReview, RecordingSummary, RecordingView } from '../../../shared/ipc/channels/recording';
import type { RecordingRow } from '../db/schema';
import type { StoredAnalysis } from './analysis-protocol';

export function parseStoredAnalysis(json: string | null): StoredAnalysis | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as StoredAnalysis;
    return value && value.version === 1 && value.metrics ? value : null;
  } catch {
    return null;
  }
}

/** The review the screen shows: the stored analysis plus the evaluator's delivery sub-score. */
export function reviewOf(analysis: StoredAnalysis): RecordingReview {
  // No transcript here, so no filler-word count: the delivery score is from the voice alone.
  // Words estimated from the syllable rate, so a few seconds of speech cannot score top delivery.
  const words = (analysis.metrics.estimatedWpm * analysis.metrics.speechSec) / 60;
  const delivery = heardSpeech(analysis.metrics) ? briefDelivery(scoreDelivery(analysis.metrics, 0), words) : null;
  return {
    metrics: analysis.metrics,
    speechRegions: analysis.speechRegions,
    longPauses: analysis.longPauses,
    paceSegments: analysis.paceSegments.map(({ startSec, endSec, wpm, speechSec }) => ({
      startSec,
      endSec,
      wpm,
      speechSec,
    })),
    paceChanges: analysis.paceChanges,
    noiseFloorDbfs: analysis.noiseFloorDbfs,
    snrDb: analysis.snrDb,
    delivery: delivery ? { score: delivery.score, issues: delivery.issues } : null,
  };
}

export function summaryOf(row: RecordingRow, thumbnailUrl: string | null): RecordingSummary {
  return {
    id: row.id,
    status: row.status,
    mode: row.mode,
    mimeType: row.mime_type,
    bytesWritten: row.bytes_written,
    durationSec: row.duration_sec,
    recovered: row.recovered === 1,
    error: row.error,
    questionId: row.question_id,
    questionText: row.question_text,
    attemptId: row.attempt_id,
    createdAt: row.created_at,
    thumbnailUrl,
  };
}

export function viewOf(row: RecordingRow, urls: { media: string | null; thumbnail: string | null }): RecordingView {
  const analysis = row.status === 'ready' ? parseStoredAnalysis(row.analysis) : null;
  return { ...summaryOf(row, urls.thumbnail), mediaUrl: urls.media, review: analysis ? reviewOf(analysis) : null };
}
