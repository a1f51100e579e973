import { useState } from 'react';
import type { UpdateStatus } from '../../../../shared/updates/update-status';
import { call, errorMessage } from '../../api/client';
import { useLiveQuery } from '../../api/use-live-query';
import { useQuery } from '../../api/use-query';
import { useSettings } from '../../app/settings-context';
import { Button, Card, ErrorBanner } from '../../components/ui';
import { LicencesDialog } from './LicencesDialog';

function describeUpdate(status: UpdateStatus): string {
  switch (status.state) {
    case 'unsupported':
      return status.message ?? 'This build does not update itself.';
    case 'idle':
      return 'Not checked yet.';
    case 'checking':
      return 'Checking for updates…';
    case 'not-available':
      return 'You have the latest version.';
    case 'available':
      return `Version ${status.availableVersion ?? ''} is available and will download in the background.`;
    case 'downloading':
      return `Downloading version ${status.availableVersion ?? ''}… ${status.percent ?? 0}%`;
    case 'downloaded':
      return `Version ${status.availableVersion ?? ''} is ready. Restart IntervYou to install it.`;
    case 'error':
      return status.message ?? 'The update check failed.';
  }
}

function lastChecked(status: UpdateStatus): string | null {
  if (!status.checkedAt) return null;
  return `Last checked ${new Date(status.checkedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
}

/** The update status, live: the main process pushes each change. */
function useUpdateStatus(): [UpdateStatus | undefined, (status: UpdateStatus) => void] {
  const live = useLiveQuery('updates:status');
  return [live.data, live.set];
}

function UpdatesRow() {
  const { settings, update } = useSettings();
  const [status, setStatus] = useUpdateStatus();
  const [error, setError] = useState<string>();
  // The box follows the click at once; the saved setting catches up a moment later.
  const [autoCheckPending, setAutoCheckPending] = useState<boolean>();
  const unsupported = status?.state === 'unsupported';
  const busy = status?.state === 'checking' || status?.state === 'downloading';

  const check = (): void => {
    setError(undefined);
    call('updates:check', {})
      .then(setStatus)
      .catch((err: unknown) => setError(errorMessage(err)));
  };
  const install = (): void => {
    call('updates:install', {})
      .then((result) => {
        if (!result.restarting) setError('There is no downloaded update to install yet.');
      })
      .catch((err: unknown) => setError(errorMessage(err)));
  };

  return (
    <>
      <div className="setting-row">
        <div className="setting-text">
          <div className="setting-label">Updates</div>
          <div className="setting-hint" role="status" data-testid="update-status">
            {status ? describeUpdate(status) : '…'}
          </div>
          {status && lastChecked(status) ? <div className="setting-hint">{lastChecked(status)}</div> : null}
        </div>
        {status?.state === 'downloaded' ? (
          <Button icon="refresh" onClick={install}>
            Restart to update
          </Button>
        ) : (
          <Button variant="ghost" icon="download" disabled={unsupported || busy || !status} onClick={check}>
            Check for updates
          </Button>
        )}
      </div>
      <div className="setting-row">
        <label className="setting-text check-row">
          <input
            type="checkbox"
            checked={autoCheckPending ?? settings.updates.autoCheck}
            onChange={(event) => {
              const autoCheck = event.target.checked;
              setAutoCheckPending(autoCheck);
              update({ updates: { autoCheck } })
                .catch((err: unknown) => setError(errorMessage(err)))
                .finally(() => setAutoCheckPending(undefined));
            }}
          />
          <span>
            <span className="setting-label">Check for updates automatically</span>
            <span className="setting-hint">
              At start-up and every few hours. Only the version number is fetched from GitHub; nothing about you is
              sent.
            </span>
          </span>
        </label>
      </div>
      {error ? <ErrorBanner message={error} /> : null}
    </>
  );
}

export function AboutCard() {
  const info = useQuery('app:info', {});
  const [showLicences, setShowLicences] = useState(false);
  return (
    <Card title="About">
      <p className="muted" data-testid="about-version">
        {info.data
          ? `${info.data.name} ${info.data.version} · ${info.data.runtime === 'electron' ? 'Desktop app' : 'Browser preview'} · ${info.data.platform}`
          : '…'}
      </p>
      <UpdatesRow />
      <div className="setting-row">
        <div className="setting-text">
          <div className="setting-label">Licences</div>
          <div className="setting-hint">
            IntervYou is free software under the MIT licence. It includes open-source components, among them FFmpeg
            (GPL), whose notices and source locations are listed here.
          </div>
        </div>
        <Button variant="ghost" icon="info" onClick={() => setShowLicences(true)}>
          View licences
        </Button>
      </div>
      {showLicences ? <LicencesDialog onClose={() => setShowLicences(false)} /> : null}
    </Card>
  );
}
