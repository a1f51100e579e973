import { useState } from 'react';
import type {
  ImportCounts,
  ImportInspection,
  ImportProblem,
  ImportResult,
} from '../../../../shared/ipc/channels/data-import';
import { call, errorMessage } from '../../api/client';
import { formatWhen } from '../../app/format';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { Button, ErrorBanner } from '../../components/ui';

type Ready = Extract<ImportInspection, { status: 'ready' }>;

const KINDS: Array<[keyof ImportCounts, string, string]> = [
  ['attempts', 'answer', 'answers'],
  ['recordings', 'recording', 'recordings'],
  ['sessions', 'practice session', 'practice sessions'],
  ['plans', 'plan', 'plans'],
  ['questions', 'question of your own', 'questions of your own'],
  ['chatMessages', 'coach chat message', 'coach chat messages'],
];

/** "3 answers, 1 recording and 2 plans"; empty kinds left out, `extra` (e.g. "your profile") last. */
function describeCounts(counts: ImportCounts, extra: string[] = []): string {
  const parts = KINDS.filter(([key]) => counts[key] > 0)
    .map(([key, one, many]) => `${counts[key]} ${counts[key] === 1 ? one : many}`)
    .concat(extra);
  if (parts.length === 0) return 'nothing';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function Problems({ problems }: { problems: ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="import-problems" aria-label="Left out">
      {problems.map((p, i) => (
        <li key={i}>
          <Icon name="warning" size={14} />
          <span>
            <code>{p.where}</code> — {p.message}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Inspection({ inspection }: { inspection: Ready }) {
  const here = Object.values(inspection.alreadyHere).reduce((a, b) => a + b, 0);
  return (
    <div className="import-inspection" data-testid="import-inspection">
      <div>
        <strong>{inspection.fileName}</strong>
        <span className="muted">
          {' '}
          · exported {formatWhen(inspection.exportedAt)} by {inspection.app.name} {inspection.app.version}
        </span>
      </div>
      <p className="import-holds">
        Holds {describeCounts(inspection.counts, inspection.hasProfile ? ['your profile'] : [])}.
      </p>
      {here > 0 ? (
        <p className="muted mk-small">
          Already on this computer: {describeCounts(inspection.alreadyHere)}. Adding keeps them exactly as they are.
        </p>
      ) : null}
      <Problems problems={inspection.problems} />
    </div>
  );
}

/** The export's other half: reads a ZIP made by "Export as ZIP…" and adds it to (or puts it in place of) this history. */
export function ImportBackup() {
  const [inspecting, setInspecting] = useState(false);
  const [inspection, setInspection] = useState<Ready>();
  const [hint, setHint] = useState<string>();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [confirming, setConfirming] = useState(false);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<ImportResult>();

  const choose = async (): Promise<void> => {
    setInspecting(true);
    setError(undefined);
    setHint(undefined);
    setResult(undefined);
    setInspection(undefined);
    try {
      const found = await call('data:inspect-import', {});
      if (found.status === 'ready') setInspection(found);
      else setHint(found.hint ?? 'No file was chosen.');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setInspecting(false);
    }
  };

  const run = async (): Promise<void> => {
    if (!inspection) return;
    setImporting(true);
    setError(undefined);
    try {
      const done = await call(
        'data:import',
        mode === 'replace'
          ? { importId: inspection.importId, mode, confirm: 'REPLACE' }
          : { importId: inspection.importId, mode },
      );
      setResult(done);
      setInspection(undefined);
      setConfirming(false);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setImporting(false);
    }
  };

  return (
    <>
      <div className="setting-row">
        <div>
          <div className="setting-label">Import from a backup</div>
          <div className="setting-hint">
            Bring in a ZIP made by “Export as ZIP…”, for example from your old computer. You see what it holds before
            anything changes.
          </div>
        </div>
        <Button icon="download" disabled={inspecting || importing} onClick={() => void choose()}>
          {inspecting ? 'Checking…' : 'Import from a backup…'}
        </Button>
      </div>
      {hint ? <p className="muted">{hint}</p> : null}
      {inspection ? (
        <div className="import-panel">
          <Inspection inspection={inspection} />
          <fieldset className="import-modes">
            <legend>How to import</legend>
            <label className="check-row">
              <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              <span>
                <span className="setting-label">Add to what is here</span>
                <span className="setting-hint">
                  What is not on this computer yet is added; nothing here is changed or removed.
                </span>
              </span>
            </label>
            <label className="check-row">
              <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              <span>
                <span className="setting-label">Replace everything here</span>
                <span className="setting-hint">
                  Your current history is copied to the data folder’s backups/ first, then replaced by the backup’s.
                </span>
              </span>
            </label>
          </fieldset>
          <div className="import-actions">
            <Button
              variant={mode === 'replace' ? 'danger' : 'primary'}
              disabled={importing}
              onClick={() => (mode === 'replace' ? setConfirming(true) : void run())}
            >
              {importing ? 'Importing…' : mode === 'replace' ? 'Replace with this backup…' : 'Add to my history'}
            </Button>
            <Button variant="ghost" disabled={importing} onClick={() => setInspection(undefined)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
      {error && !confirming ? <ErrorBanner message={error} /> : null}
      {result ? (
        <div className="profile-export import-result" role="status" data-testid="import-result">
          <Icon size={18} name="check" />
          <div>
            <strong>Imported {describeCounts(result.added)}.</strong>
            {Object.values(result.kept).some((n) => n > 0) ? (
              <> Kept as they were: {describeCounts(result.kept)}.</>
            ) : null}
            {result.queuedForSync > 0 ? (
              <>
                {' '}
                {result.queuedForSync} {result.queuedForSync === 1 ? 'answer waits' : 'answers wait'} to be synced.
              </>
            ) : null}
            {result.backup ? (
              <>
                {' '}
                The previous history is saved as <code>{result.backup}</code> in backups/.
              </>
            ) : null}
            <Problems problems={result.problems} />
          </div>
        </div>
      ) : null}
      {confirming && inspection ? (
        <ConfirmDialog
          title="Replace your history with this backup?"
          confirmWord="REPLACE"
          confirmLabel="Replace everything"
          busy={importing}
          error={error}
          onConfirm={() => void run()}
          onCancel={() => {
            setConfirming(false);
            setError(undefined);
          }}
        >
          <p className="profile-confirm-text">
            Your answers, recordings, mock interviews, plans and profile on this computer are replaced by the{' '}
            {describeCounts(inspection.counts)} in {inspection.fileName}. A copy of the database is saved in backups/
            first. Settings are not changed.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
