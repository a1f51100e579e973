import { heardSpeech } from '../../../../shared/domain/voice/speech-presence';
import type { RecordingReview } from '../../../../shared/ipc/channels/recording';
import { Icon } from '../../components/Icon';
import { StatTile } from '../../components/ui';
import type { CaptureNote } from './capture-notes';
import { NoSpeechNotice } from './NoSpeechNotice';
import { voiceAdvice } from './voice-advice';

/** The voice figures as tiles, then what they mean in plain words. */
export function VoiceMetricsPanel({
  review,
  note = null,
  onRetry,
}: {
  review: RecordingReview;
  note?: CaptureNote | null;
  onRetry?: () => void;
}) {
  const m = review.metrics;
  if (!heardSpeech(m)) return <NoSpeechNotice review={review} note={note} onRetry={onRetry} />;
  const advice = voiceAdvice(review);
  return (
    <div className="voice-metrics">
      <div className="stat-grid">
        <StatTile
          testId="metric-pace"
          icon="mock"
          label="Pace"
          value={`${Math.round(m.estimatedWpm)} wpm`}
          hint="Target 130–160 words per minute"
        />
        <StatTile
          testId="metric-pauses"
          icon="calendar"
          label="Pauses"
          value={m.pauseCount}
          hint={m.pauseCount ? `Longest ${m.longestPauseSec.toFixed(1)} s` : 'No pauses over 0.3 s'}
        />
        <StatTile
          testId="metric-pitch"
          icon="reports"
          label="Pitch"
          value={m.pitch.meanHz === null ? '—' : `${Math.round(m.pitch.meanHz)} Hz`}
          hint={
            m.pitch.rangeSemitones === null
              ? 'No voiced speech'
              : `Range ${m.pitch.rangeSemitones.toFixed(1)} semitones${m.pitch.monotone ? ' · flat' : ''}`
          }
        />
        <StatTile
          testId="metric-loudness"
          icon="mic"
          label="Loudness"
          value={`${Math.round(m.loudness.meanDbfs)} dBFS`}
          hint={m.clippingRatio > 0.001 ? `${(m.clippingRatio * 100).toFixed(1)}% clipped` : 'No clipping'}
        />
      </div>
      <ul className="advice-list" data-testid="voice-advice">
        {advice.map((a) => (
          <li key={a.id} className={`advice advice-${a.tone}`}>
            <Icon name={a.tone === 'good' ? 'check' : 'warning'} size={18} />
            <div>
              <strong>{a.title}</strong>
              <p>{a.detail}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
