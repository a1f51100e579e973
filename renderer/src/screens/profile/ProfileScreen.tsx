import { useEffect, useState } from 'react';
import { ROLES } from '../../../../shared/domain/questions/bank-schema';
import type { ExportResult, ProfileView } from '../../../../shared/ipc/channels/profile';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { hrefFor } from '../../app/router';
import { formatDate, formatDays, formatScore, titleCase } from '../../app/format';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { Button, Card, ErrorBanner, PageHeader, StatTile } from '../../components/ui';
import { AccountLinkCard } from './AccountLinkCard';
import { BadgeGrid } from './BadgeGrid';
import { ImportBackup } from './ImportBackup';
import '../mock/mock.css';
import './profile.css';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return parts.length
    ? parts
        .slice(0, 2)
        .map((p) => p[0]?.toUpperCase() ?? '')
        .join('')
    : '?';
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function IdentityCard({ profile, onSaved }: { profile: ProfileView; onSaved(p: ProfileView): void }) {
  const [name, setName] = useState(profile.displayName);
  const [role, setRole] = useState(profile.targetRole ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setName(profile.displayName);
    setRole(profile.targetRole ?? '');
  }, [profile.displayName, profile.targetRole]);
  const dirty = name.trim() !== profile.displayName || (role || null) !== profile.targetRole;
  return (
    <Card className="profile-identity">
      <div className="profile-avatar" aria-hidden="true">
        {initials(name || profile.displayName)}
      </div>
      <form
        className="profile-form"
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setError(undefined);
          call('profile:update', { displayName: name, targetRole: (role || null) as never })
            .then((p) => {
              onSaved(p);
              setSaved(true);
            })
            .catch((err: unknown) => setError(errorMessage(err)))
            .finally(() => setBusy(false));
        }}
      >
        <label className="field">
          <span>Display name</span>
          <input
            value={name}
            onChange={(e) => (setName(e.target.value), setSaved(false))}
            placeholder="How should IntervYou call you?"
            maxLength={60}
            aria-label="Display name"
          />
        </label>
        <label className="field">
          <span>Role you are preparing for</span>
          <select value={role} onChange={(e) => (setRole(e.target.value), setSaved(false))} aria-label="Target role">
            <option value="">Not set</option>
            {ROLES.filter((r) => r !== 'any').map((r) => (
              <option key={r} value={r}>
                {titleCase(r)}
              </option>
            ))}
          </select>
        </label>
        <div className="profile-save">
          <Button variant="primary" type="submit" disabled={busy || !dirty || name.trim() === ''}>
            Save
          </Button>
          {saved && !dirty ? (
            <span className="form-success" role="status">
              Saved
            </span>
          ) : null}
        </div>
        {error ? <p className="form-error">{error}</p> : null}
        <p className="muted mk-small profile-since">
          {profile.totals.firstAnswerAt
            ? `Practising since ${formatDate(profile.totals.firstAnswerAt)}.`
            : 'No answers yet.'}{' '}
          The role is the default for mock interviews.
        </p>
      </form>
    </Card>
  );
}

function Totals({ profile }: { profile: ProfileView }) {
  const t = profile.totals;
  return (
    <div className="stat-grid" data-testid="profile-totals">
      <StatTile
        icon="practice"
        label="Answers"
        value={t.answers}
        hint={t.average === null ? 'None yet' : `Average ${formatScore(t.average)}`}
      />
      <StatTile
        icon="calendar"
        label="Practice days"
        value={t.practiceDays}
        hint={`${t.categoriesPractised} of 12 categories`}
      />
      <StatTile
        icon="flame"
        label="Streak"
        value={formatDays(t.currentStreakDays)}
        hint={`Longest ${formatDays(t.longestStreakDays)}`}
      />
      <StatTile
        icon="mock"
        label="Mock interviews"
        value={t.mocksCompleted}
        hint={`${t.recordings} ${t.recordings === 1 ? 'recording' : 'recordings'}`}
      />
    </div>
  );
}

function DataCard() {
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<Extract<ExportResult, { status: 'saved' }>>();
  const [cancelled, setCancelled] = useState(false);
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [keepExports, setKeepExports] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string>();
  const [deleted, setDeleted] = useState<string>();

  const exportAll = async (): Promise<void> => {
    setExporting(true);
    setError(undefined);
    setCancelled(false);
    try {
      const result = await call('profile:export', {});
      if (result.status === 'saved') setExported(result);
      else setCancelled(true);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setExporting(false);
    }
  };

  const deleteAll = async (): Promise<void> => {
    setDeleting(true);
    setDeleteError(undefined);
    try {
      const r = await call('profile:delete-all', { confirm: 'DELETE', keepExports });
      setConfirming(false);
      setExported(undefined);
      setDeleted(
        `Deleted ${r.removedAttempts} ${r.removedAttempts === 1 ? 'answer' : 'answers'}, ${r.removedRecordings} ${r.removedRecordings === 1 ? 'recording' : 'recordings'} and ${r.removedFiles} ${r.removedFiles === 1 ? 'file' : 'files'}; settings are back to their defaults.`,
      );
    } catch (err) {
      setDeleteError(errorMessage(err));
    } finally {
      setDeleting(false);
    }
  };

  return (
    <>
      <Card title="Your data">
        <div className="setting-row">
          <div>
            <div className="setting-label">Export everything</div>
            <div className="setting-hint">
              One ZIP file: every table as JSON, your settings, and all your recordings. Yours to keep or move.
            </div>
          </div>
          <Button icon="folder" disabled={exporting} onClick={() => void exportAll()}>
            {exporting ? 'Exporting…' : 'Export as ZIP…'}
          </Button>
        </div>
        {error ? <ErrorBanner message={error} /> : null}
        {cancelled ? <p className="muted">Export cancelled.</p> : null}
        {exported ? (
          <div className="profile-export" role="status" data-testid="export-result">
            <Icon size={18} name="download" />
            <div>
              <strong>Saved {formatBytes(exported.bytes)}</strong> — {Object.keys(exported.tables).length} tables,{' '}
              {exported.recordings} {exported.recordings === 1 ? 'recording file' : 'recording files'}
              <code className="path" data-testid="export-path">
                {exported.path}
              </code>
            </div>
            <Button variant="ghost" onClick={() => void call('profile:show-export', { path: exported.path })}>
              Show in folder
            </Button>
          </div>
        ) : null}
        <ImportBackup />
      </Card>
      <Card title="Delete all data" className="card-danger">
        <div className="setting-row">
          <div>
            <div className="setting-label">Delete everything on this computer</div>
            <div className="setting-hint">
              Every answer, recording, mock interview, plan, your profile and your settings. The question bank that
              ships with the app stays. This cannot be undone — export first if you may want it back.
            </div>
          </div>
          <Button variant="danger" icon="trash" onClick={() => (setDeleted(undefined), setConfirming(true))}>
            Delete all data…
          </Button>
        </div>
        {deleted ? (
          <p className="form-success" role="status">
            {deleted}
          </p>
        ) : null}
      </Card>
      {confirming ? (
        <ConfirmDialog
          title="Delete all your data?"
          confirmWord="DELETE"
          confirmLabel="Delete everything"
          busy={deleting}
          error={deleteError}
          onConfirm={() => void deleteAll()}
          onCancel={() => {
            setConfirming(false);
            setDeleteError(undefined);
          }}
        >
          <p className="profile-confirm-text">
            Your answers, recordings, mock interviews, plans, profile, settings and the database backups taken before
            updates will be permanently removed from this computer, with no copy left in the database files.
          </p>
          <label className="check-row">
            <input type="checkbox" checked={keepExports} onChange={(e) => setKeepExports(e.target.checked)} />
            <span>Keep ZIP exports saved in the data folder</span>
          </label>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

export function ProfileScreen() {
  const q = useQuery('profile:get', {});
  const [profile, setProfile] = useState<ProfileView>();
  useEffect(() => {
    if (q.data) setProfile(q.data);
  }, [q.data]);
  const earned = profile?.badges.filter((b) => b.earned).length ?? 0;
  return (
    <div className="screen profile-screen">
      <PageHeader
        title={profile?.displayName ? `Hello, ${profile.displayName}` : 'Your profile'}
        subtitle="Your name, your totals, the badges you have earned, and your data."
      />
      {q.error ? <ErrorBanner message={q.error} onRetry={q.reload} /> : null}
      {profile ? (
        <>
          <IdentityCard profile={profile} onSaved={setProfile} />
          <Totals profile={profile} />
          <AccountLinkCard />
          <Card title={`Badges · ${earned} of ${profile.badges.length}`}>
            <BadgeGrid badges={profile.badges} />
          </Card>
          <DataCard />
        </>
      ) : !q.error ? (
        <div className="loading">Loading your profile…</div>
      ) : null}
      <p className="muted mk-small profile-privacy">
        <Icon name="folder" size={14} /> Everything here lives on this computer; only scores sync, and only when you{' '}
        <a href={hrefFor('account')}>sign in</a>.
      </p>
    </div>
  );
}
