import { useQuery } from '../../api/use-query';
import { formatWhen } from '../../app/format';
import { hrefFor } from '../../app/router';
import { Icon } from '../../components/Icon';
import { Card } from '../../components/ui';
import { formatClock } from '../../features/recording/format-time';

const STATUS: Record<string, string> = {
  recording: 'Recording',
  processing: 'Processing',
  ready: '',
  recovered: 'Recovered',
  failed: 'Could not be processed',
};

/** The latest recordings, each opening its review. */
export function RecentRecordings() {
  const list = useQuery('recording:list', { recoveredNotice: false, limit: 8 });
  const items = list.data ?? [];
  if (items.length === 0) return null;
  return (
    <Card title="Your recordings">
      <ul className="attempt-list" data-testid="recent-recordings">
        {items.map((r) => (
          <li key={r.id}>
            <a className="attempt-row vi-recording-row" href={hrefFor('video-interview', { recording: r.id })}>
              <Icon name={r.mode === 'video' ? 'video' : 'mic'} size={18} />
              <span className="attempt-question">{r.questionText ?? 'Free answer'}</span>
              <span className="attempt-meta">
                {[
                  STATUS[r.status],
                  r.recovered ? 'recovered' : '',
                  r.durationSec !== null ? formatClock(r.durationSec) : '',
                  formatWhen(r.createdAt),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </Card>
  );
}
