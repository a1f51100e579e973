import { useEffect, useState } from 'react';
import { hrefFor } from '../app/router';
import { useOnline } from '../app/use-online';
import { useAccountStatus, useSyncStatus } from '../features/account/use-account';
import { syncPill } from '../features/account/sync-words';
import { useSyncWhenBackOnline } from '../features/account/use-sync-when-online';
import { Icon } from './Icon';

/** Re-renders every half minute so "last synced 2 minutes ago" stays true. */
function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** The connection, the account and the sync engine in one pill; it opens the Account screen. */
export function OnlineIndicator() {
  const online = useOnline();
  useSyncWhenBackOnline();
  const account = useAccountStatus();
  const sync = useSyncStatus();
  const pill = syncPill(online, account.data, sync.data, useNow());
  const title = pill.detail ? `${pill.label} — ${pill.detail}` : pill.label;
  return (
    <a
      href={hrefFor('account')}
      className={`online-indicator tone-pill-${pill.tone} ${online ? 'is-online' : 'is-offline'}`}
      data-testid="online-indicator"
      title={`${title}. Open Account.`}
      aria-label={`${title}. Open Account.`}
    >
      <Icon name={pill.icon} size={16} />
      <span className="online-text" role="status">
        <span className="online-label">{pill.label}</span>
        {pill.detail ? <span className="online-detail">{pill.detail}</span> : null}
      </span>
    </a>
  );
}
