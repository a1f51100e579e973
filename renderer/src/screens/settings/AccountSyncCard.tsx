import { useEffect, useRef, useState } from 'react';
import type { AccountStatus } from '../../../../shared/ipc/channels/account';
import { serviceUrlProblem } from '../../../../shared/settings/service-url';
import { call, errorMessage } from '../../api/client';
import { hrefFor, useRoute } from '../../app/router';
import { useSettings } from '../../app/settings-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { Button, Card, ErrorBanner } from '../../components/ui';
import { LeaderboardOptIn } from '../../features/account/LeaderboardOptIn';
import { useAccountStatus } from '../../features/account/use-account';
import './account-sync.css';
import { FormError } from '../../components/FormError';

/** What leaves the machine when scores sync; the same words wherever it is stated. */
export const WHAT_IS_SENT =
  'When you are signed in and “Sync my scores” is on, each answer’s score, category, question id, mode (typed, spoken or video), duration and time are sent to the account service. Never your answer text, notes or recordings.';

const SOURCE_WORDS: Record<NonNullable<AccountStatus['serverSource']>, string> = {
  settings: 'set here',
  environment: 'from the INTERVYOU_SERVER_URL environment variable',
  default: 'the address this build ships with',
};

function ServerUrlRow({ account, onSaved }: { account: AccountStatus | undefined; onSaved(): void }) {
  const { settings, update } = useSettings();
  const [value, setValue] = useState(settings.sync.serverUrl ?? '');
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  useEffect(() => setValue(settings.sync.serverUrl ?? ''), [settings.sync.serverUrl]);

  const save = async (serverUrl: string | null): Promise<void> => {
    setSaved(false);
    const problem = serverUrl === null ? null : serviceUrlProblem(serverUrl);
    if (problem) {
      setError(problem);
      return;
    }
    setError(undefined);
    try {
      await update({ sync: { serverUrl } });
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <div className="account-sync-url">
      <label className="field">
        <span>Account service address</span>
        <input
          value={value}
          placeholder={account?.server ?? 'https://accounts.example.com'}
          onChange={(event) => {
            setValue(event.target.value);
            setSaved(false);
            setError(undefined);
          }}
          spellCheck={false}
          autoComplete="off"
        />
      </label>
      <FormError message={error} />
      <div className="account-sync-actions">
        <Button variant="primary" disabled={!value.trim()} onClick={() => void save(value.trim())}>
          Save
        </Button>
        {settings.sync.serverUrl ? (
          <Button variant="ghost" onClick={() => void save(null)}>
            Use the default
          </Button>
        ) : null}
      </div>
      <p className="setting-hint" data-testid="server-in-use">
        {account?.server && account.serverSource
          ? `In use: ${account.server} (${SOURCE_WORDS[account.serverSource]}).`
          : account
            ? 'None set: nothing can sign in or sync until an address is saved here.'
            : ''}
      </p>
      {saved ? (
        <p className="form-success" role="status">
          Saved.
        </p>
      ) : null}
    </div>
  );
}

function DeleteAccountRow({ onDeleted }: { onDeleted(status: AccountStatus): void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const remove = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      onDeleted(await call('account:delete', { confirm: 'DELETE' }));
      setConfirming(false);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="setting-row">
      <div>
        <div className="setting-label">Delete my account</div>
        <div className="setting-hint">
          Removes your account and synced scores from the account service. Practice on this computer is kept.
        </div>
      </div>
      <Button variant="danger" icon="trash" onClick={() => setConfirming(true)}>
        Delete my account…
      </Button>
      {confirming ? (
        <ConfirmDialog
          title="Delete your account?"
          confirmWord="DELETE"
          confirmLabel="Delete my account"
          busy={busy}
          error={error}
          onConfirm={() => void remove()}
          onCancel={() => {
            setConfirming(false);
            setError(undefined);
          }}
        >
          Your account, the scores synced to it and your place on the leaderboard are removed from the account service,
          and you are signed out. Your answers, recordings and settings on this computer stay unless you also delete
          them (Profile → Delete all data).
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** Settings → Account and sync: the service address, sync on/off, leaderboard opt-in, what is sent. */
export function AccountSyncCard() {
  const { settings, update } = useSettings();
  const account = useAccountStatus();
  const route = useRoute();
  const ref = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string>();
  // The box follows the click at once; the saved setting catches up a moment later.
  const [syncPending, setSyncPending] = useState<boolean>();
  const status = account.data;
  const focused = route.params.get('section') === 'account';

  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'start' });
  }, [focused]);

  return (
    <div ref={ref} className="account-sync-anchor">
      <Card title="Account and sync">
        <p className="card-intro" data-testid="what-is-sent">
          <Icon name="lock" size={16} /> {WHAT_IS_SENT}
        </p>
        <div className="setting-row">
          <div>
            <div className="setting-label">Account</div>
            <div className="setting-hint">
              {status?.signedIn && status.user
                ? `Signed in as ${status.user.displayName} (${status.user.email}).`
                : 'Not signed in.'}
            </div>
          </div>
          <a className="btn btn-secondary" href={hrefFor('account')}>
            {status?.signedIn ? 'Open Account' : 'Sign in or create an account'}
          </a>
        </div>
        <ServerUrlRow account={status} onSaved={account.reload} />
        <div className="setting-row">
          <label className="check-row">
            <input
              type="checkbox"
              checked={syncPending ?? settings.sync.enabled}
              onChange={(event) => {
                const enabled = event.target.checked;
                setSyncPending(enabled);
                update({ sync: { enabled } })
                  .catch((err: unknown) => setError(errorMessage(err)))
                  .finally(() => setSyncPending(undefined));
              }}
            />
            <span>
              <span className="setting-label">Sync my scores</span>
              <span className="setting-hint">
                Off keeps new scores on this computer, waiting; they are sent when you turn it back on.
              </span>
            </span>
          </label>
        </div>
        <div className="setting-row">
          <LeaderboardOptIn account={status} onChange={account.set} />
        </div>
        {status?.signedIn ? <DeleteAccountRow onDeleted={account.set} /> : null}
        {account.error ? <ErrorBanner message={account.error} onRetry={account.reload} /> : null}
        {error ? <ErrorBanner message={error} /> : null}
      </Card>
    </div>
  );
}
