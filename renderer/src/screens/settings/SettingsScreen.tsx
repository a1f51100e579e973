import { useState } from 'react';
import type { ThemePreference } from '../../../../shared/settings/settings-schema';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { useSettings } from '../../app/settings-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon, type IconName } from '../../components/Icon';
import { Button, Card, ErrorBanner, PageHeader } from '../../components/ui';
import { AboutCard } from './AboutCard';
import { AccountSyncCard } from './AccountSyncCard';
import { AiSettingsCard } from '../../features/ai/AiSettingsCard';
import { SampleDataCard } from './SampleDataCard';

const THEMES: ReadonlyArray<{ value: ThemePreference; label: string; icon: IconName }> = [
  { value: 'system', label: 'Follow system', icon: 'monitor' },
  { value: 'light', label: 'Light', icon: 'sun' },
  { value: 'dark', label: 'Dark', icon: 'moon' },
];

function ThemePicker() {
  const { settings, update } = useSettings();
  const [error, setError] = useState<string>();
  return (
    <Card title="Appearance">
      <div className="setting-row">
        <div>
          <div className="setting-label">Theme</div>
          <div className="setting-hint">Follow your operating system, or keep IntervYou light or dark.</div>
        </div>
        <div className="segmented" role="radiogroup" aria-label="Theme">
          {THEMES.map((theme) => (
            <button
              key={theme.value}
              type="button"
              role="radio"
              aria-checked={settings.theme === theme.value}
              className={settings.theme === theme.value ? 'is-selected' : ''}
              onClick={() => update({ theme: theme.value }).catch((err: unknown) => setError(errorMessage(err)))}
            >
              <Icon name={theme.icon} size={16} />
              {theme.label}
            </button>
          ))}
        </div>
      </div>
      {error ? <ErrorBanner message={error} /> : null}
    </Card>
  );
}

function PathRow({ label, value, hint }: { label: string; value: string; hint: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="setting-row">
      <div className="setting-text">
        <div className="setting-label">{label}</div>
        <div className="setting-hint">{hint}</div>
        <code className="path" data-testid={`path-${label.toLowerCase().replace(/\s+/g, '-')}`}>
          {value}
        </code>
      </div>
      <Button
        variant="ghost"
        icon={copied ? 'check' : 'copy'}
        onClick={() => {
          void navigator.clipboard?.writeText(value).then(() => setCopied(true));
        }}
      >
        {copied ? 'Copied' : 'Copy'}
      </Button>
    </div>
  );
}

function DataSection() {
  const info = useQuery('app:info', {});
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  const reset = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await call('data:reset', { confirm: 'RESET' });
      setConfirming(false);
      setDone(
        `Removed ${result.removedAttempts} ${result.removedAttempts === 1 ? 'answer' : 'answers'} and ${result.removedRecordings} ${result.removedRecordings === 1 ? 'recording' : 'recordings'}.`,
      );
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Card title="Your data">
        <p className="card-intro">
          <Icon name="folder" size={16} /> Everything you practise is stored on this computer. Recordings never leave
          it; answers only when you turn on an AI provider (see AI coach above); scores only when you sign in and sync
          them (see Account and sync above).
        </p>
        {info.error ? <ErrorBanner message={info.error} onRetry={info.reload} /> : null}
        {info.data ? (
          <>
            <PathRow label="Data folder" value={info.data.dataDir} hint="Answers, recordings, plans and settings." />
            <PathRow label="Database" value={info.data.databasePath} hint="A SQLite file you can back up." />
          </>
        ) : null}
      </Card>
      <Card title="Danger zone" className="card-danger">
        <div className="setting-row">
          <div>
            <div className="setting-label">Reset local data</div>
            <div className="setting-hint">
              Deletes every answer, recording, plan, saved question and your own questions. Settings and the question
              bank are kept. This cannot be undone.
            </div>
          </div>
          <Button
            variant="danger"
            onClick={() => {
              setDone(undefined);
              setConfirming(true);
            }}
          >
            Reset local data…
          </Button>
        </div>
        {done ? (
          <p className="form-success" role="status">
            {done}
          </p>
        ) : null}
      </Card>
      {confirming ? (
        <ConfirmDialog
          title="Reset all local data?"
          confirmWord="RESET"
          confirmLabel="Delete everything"
          busy={busy}
          error={error}
          onConfirm={() => void reset()}
          onCancel={() => {
            setConfirming(false);
            setError(undefined);
          }}
        >
          Your practice history, recordings, plans and saved questions will be permanently deleted from this computer.
        </ConfirmDialog>
      ) : null}
    </>
  );
}

export function SettingsScreen() {
  return (
    <div className="screen">
      <PageHeader
        title="Settings"
        subtitle="Appearance, AI, your account and sync, your data, and this installation."
      />
      <ThemePicker />
      <AiSettingsCard />
      <AccountSyncCard />
      <SampleDataCard />
      <DataSection />
      <AboutCard />
    </div>
  );
}
