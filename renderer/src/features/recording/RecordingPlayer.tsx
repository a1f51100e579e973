import { useState } from 'react';
import type { RecordingReview, RecordingView, WaveformPeaksView } from '../../../../shared/ipc/channels/recording';
import { formatClock } from './format-time';
import { resolveMediaUrl } from './media-url';
import { Waveform } from './Waveform';

/** The recording (video or audio) with its waveform, pauses and pace markers underneath. */
export function RecordingPlayer({
  recording,
  review,
  peaks,
}: {
  recording: RecordingView;
  review: RecordingReview;
  peaks: WaveformPeaksView | null;
}) {
  const [media, setMedia] = useState<HTMLMediaElement | null>(null);
  const src = recording.mediaUrl ? resolveMediaUrl(recording.mediaUrl) : undefined;
  const seek = (seconds: number): void => {
    if (media) media.currentTime = seconds;
  };
  return (
    <div className="player">
      {recording.mode === 'video' ? (
        <video
          ref={setMedia}
          className="player-video"
          src={src}
          controls
          preload="metadata"
          playsInline
          data-testid="playback"
        />
      ) : (
        <audio ref={setMedia} className="player-audio" src={src} controls preload="metadata" data-testid="playback" />
      )}
      {peaks ? (
        <Waveform media={media} peaks={peaks} review={review} />
      ) : (
        <div className="waveform waveform-loading">Loading the waveform…</div>
      )}
      <div className="wave-legend">
        {review.metrics.pauseCount > 0 ? (
          <span>
            <span className="legend-swatch legend-pause" /> Pause
          </span>
        ) : null}
        {review.longPauses.length > 0 ? (
          <span>
            <span className="legend-swatch legend-long" /> Long pause (≥ 2 s)
          </span>
        ) : null}
        {review.paceChanges.length > 0 ? (
          <span>
            <span className="legend-swatch legend-pace" /> Pace change
          </span>
        ) : null}
        <span className="wave-legend-hint">Click the waveform or a pause to jump there.</span>
      </div>
      {review.metrics.pauses.length ? (
        <div className="pause-list" data-testid="pause-list">
          <span className="pause-list-title">Pauses</span>
          {review.metrics.pauses.map((p) => {
            const long = p.endSec - p.startSec >= 2;
            return (
              <button
                key={p.startSec}
                type="button"
                className={`pause-chip ${long ? 'is-long' : ''}`}
                onClick={() => seek(p.startSec)}
                title="Play from here"
              >
                {formatClock(p.startSec)} · {(p.endSec - p.startSec).toFixed(1)} s
              </button>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
