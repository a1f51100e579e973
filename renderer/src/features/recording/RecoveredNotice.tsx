import { useState } from 'react';
import { call } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { hrefFor } from '../../app/router';
import { Icon } from '../../components/Icon';
import { Button } from '../../components/ui';
import { formatClock } from './format-time';
import './recording.css';

/**
 * Shown above every screen (App.tsx). After a crash, the recordings IntervYou rescued at start-up, with links to each, until the
 * user dismisses the notice.
 */
export function RecoveredNotice() {
  const recovered = useQuery('recording:list', { recoveredNotice: true, limit: 20 });
  const [busy, setBusy] = useState(false);
  const items = recovered.data ?? [];
  if (items.length === 0) return null;
  return (
    <div className="recovered-notice-frame">
      <div className="recovered-notice" role="status" data-testid="recovered-notice">
        <Icon name="warning" size={20} />
        <div className="recovered-body">
          <strong>
            Recovered {items.length === 1 ? 'a recording' : `${items.length} recordings`} after IntervYou closed
            unexpectedly
          </strong>
          <ul>
            {items.map((r) => (
              <li key={r.id}>
                <a href={hrefFor('video-interview', { recording: r.id })}>
                  {r.questionText ?? `${r.mode === 'video' ? 'Video' : 'Audio'} answer`}
                </a>
                <span className="recovered-meta">
                  {' '}
                  · {new Date(r.createdAt).toLocaleString()}
                  {r.durationSec !== null ? ` · ${formatClock(r.durationSec)}` : ''}
                  {r.status === 'failed' ? ' · could not be processed' : r.status !== 'ready' ? ' · processing…' : ''}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <Button
          variant="ghost"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            call('recording:dismiss-recovered', {})
              .then(() => recovered.reload())
              .finally(() => setBusy(false));
          }}
        >
          Dismiss
        </Button>
      </div>
    </div>
  );
}
