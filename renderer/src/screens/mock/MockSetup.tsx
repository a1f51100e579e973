import { useEffect, useState } from 'react';
import type { MockConfig, MockConfigInput, MockMode } from '../../../../shared/domain/mock/mock-config';
import { MOCK_DEFAULTS } from '../../../../shared/domain/mock/mock-config';
import type { MockOptions, MockSessionView } from '../../../../shared/ipc/channels/mock';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { formatScore, formatWhen, scoreTone } from '../../app/format';
import { navigate } from '../../app/router';
import { Icon, type IconName } from '../../components/Icon';
import { Button, Card, EmptyState, ErrorBanner, PageHeader } from '../../components/ui';
import { categoryLabel, formatDuration, mixLabel, MODE_LABELS, roleLabel } from './mock-labels';
import { speechAvailable } from './speech';

const PREP_CHOICES = [0, 15, 30, 60, 90, 120] as const;
const ANSWER_CHOICES = [60, 90, 120, 180, 240, 300] as const;
const MODES: ReadonlyArray<{ value: MockMode; icon: IconName; hint: string }> = [
  { value: 'text', icon: 'practice', hint: 'Type each answer against the clock.' },
  { value: 'audio', icon: 'mic', hint: 'Answer out loud; add a few notes after each answer.' },
  { value: 'video', icon: 'video', hint: 'Camera and microphone, like a video call.' },
];

function ResumeCard({ session, onDiscarded }: { session: MockSessionView | null | undefined; onDiscarded(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (!session) return null;
  const answered = session.answers.filter((a) => a.status === 'answered').length;
  const skipped = session.answers.length - answered;
  return (
    <Card className="mock-resume" title="You have an unfinished mock interview">
      <p className="muted" data-testid="mock-resume-summary">
        {mixLabel(session.config)} · {MODE_LABELS[session.config.mode].toLowerCase()} · {answered} of{' '}
        {session.questions.length} answered{skipped ? ` · ${skipped} skipped` : ''} · started{' '}
        {formatWhen(session.startedAt)}. Resuming starts the next question from its preparation time; answers already
        given are kept.
      </p>
      {error ? <ErrorBanner message={error} /> : null}
      <div className="mock-actions">
        <Button variant="primary" icon="mock" onClick={() => navigate('mock-interview', { session: session.id })}>
          Resume interview
        </Button>
        <Button
          variant="ghost"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            call('mock:discard', { sessionId: session.id })
              .then(() => onDiscarded())
              .catch((err: unknown) => setError(errorMessage(err)))
              .finally(() => setBusy(false));
          }}
        >
          Discard it
        </Button>
      </div>
    </Card>
  );
}

function initialConfig(options: MockOptions): MockConfig {
  if (options.lastConfig) return options.lastConfig;
  return {
    mix: options.defaultRole
      ? { kind: 'role', role: options.defaultRole as Extract<MockConfig['mix'], { kind: 'role' }>['role'] }
      : { kind: 'categories', categories: ['behavioral', 'hr-general', 'teamwork'] },
    count: MOCK_DEFAULTS.count,
    mode: 'text',
    prepSec: MOCK_DEFAULTS.prepSec,
    answerSec: MOCK_DEFAULTS.answerSec,
    readAloud: false,
    followUps: false,
  };
}

function SetupForm({ options, blocked }: { options: MockOptions; blocked: boolean }) {
  const start = initialConfig(options);
  const [mixKind, setMixKind] = useState<'role' | 'categories'>(start.mix.kind);
  const [role, setRole] = useState<string>(
    start.mix.kind === 'role' ? start.mix.role : (options.defaultRole ?? 'software-engineer'),
  );
  const [categories, setCategories] = useState<string[]>(
    start.mix.kind === 'categories' ? start.mix.categories : ['behavioral', 'hr-general', 'teamwork'],
  );
  const [count, setCount] = useState(start.count);
  const [mode, setMode] = useState<MockMode>(start.mode);
  const [prepSec, setPrepSec] = useState(start.prepSec);
  const [answerSec, setAnswerSec] = useState(start.answerSec);
  const canSpeak = speechAvailable();
  const [readAloud, setReadAloud] = useState(start.readAloud && canSpeak);
  const aiStatus = useQuery('ai:status', {});
  const canFollowUp = aiStatus.data?.enabled ?? false;
  const [followUps, setFollowUps] = useState(start.followUps);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const available =
    mixKind === 'role'
      ? (options.roles.find((r) => r.id === role)?.count ?? 0)
      : options.categories.filter((c) => categories.includes(c.id)).reduce((s, c) => s + c.count, 0);
  const toggle = (id: string): void =>
    setCategories((list) => (list.includes(id) ? list.filter((c) => c !== id) : [...list, id]));

  const begin = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    const config = {
      mix: mixKind === 'role' ? { kind: 'role', role } : { kind: 'categories', categories },
      count,
      mode,
      prepSec,
      answerSec,
      readAloud,
      followUps: followUps && canFollowUp,
    } as MockConfigInput;
    try {
      const session = await call('mock:start', config);
      navigate('mock-interview', { session: session.id });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Card title="Set up your interview" className="mock-setup">
      <div className="mock-form">
        <fieldset className="mock-field">
          <legend>Questions from</legend>
          <div className="segmented" role="radiogroup" aria-label="Questions from">
            {(['role', 'categories'] as const).map((k) => (
              <button
                key={k}
                type="button"
                role="radio"
                aria-checked={mixKind === k}
                className={mixKind === k ? 'is-selected' : ''}
                onClick={() => setMixKind(k)}
              >
                {k === 'role' ? 'A role' : 'Categories I choose'}
              </button>
            ))}
          </div>
          {mixKind === 'role' ? (
            <label className="field mock-role">
              <span>Role</span>
              <select value={role} onChange={(e) => setRole(e.target.value)}>
                {options.roles.map((r) => (
                  <option key={r.id} value={r.id}>
                    {roleLabel(r.id)} ({r.count} questions)
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <div className="mk-toggle-grid" role="group" aria-label="Categories">
              {options.categories.map((c) => (
                <label key={c.id} className={`mk-toggle ${categories.includes(c.id) ? 'is-on' : ''}`}>
                  <input type="checkbox" checked={categories.includes(c.id)} onChange={() => toggle(c.id)} />
                  {categoryLabel(c.id)}
                  <span className="mk-toggle-count">{c.count}</span>
                </label>
              ))}
            </div>
          )}
        </fieldset>

        <fieldset className="mock-field">
          <legend>How you answer</legend>
          <div className="mode-cards" role="radiogroup" aria-label="Answer mode">
            {MODES.map((m) => (
              <button
                key={m.value}
                type="button"
                role="radio"
                aria-checked={mode === m.value}
                className={`mode-card ${mode === m.value ? 'is-selected' : ''}`}
                onClick={() => setMode(m.value)}
              >
                <Icon name={m.icon} size={20} />
                <span className="mode-name">{MODE_LABELS[m.value]}</span>
                <span className="mode-hint">{m.hint}</span>
              </button>
            ))}
          </div>
        </fieldset>

        <div className="mock-numbers">
          <label className="field">
            <span>Questions</span>
            <input
              type="number"
              min={1}
              max={15}
              value={count}
              onChange={(e) => setCount(Math.max(1, Math.min(15, Number(e.target.value) || 1)))}
              aria-label="Number of questions"
            />
          </label>
          <label className="field">
            <span>Prep time per question</span>
            <select value={prepSec} onChange={(e) => setPrepSec(Number(e.target.value))} aria-label="Prep time">
              {PREP_CHOICES.map((s) => (
                <option key={s} value={s}>
                  {s === 0 ? 'None' : formatDuration(s)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Answer time per question</span>
            <select value={answerSec} onChange={(e) => setAnswerSec(Number(e.target.value))} aria-label="Answer time">
              {ANSWER_CHOICES.map((s) => (
                <option key={s} value={s}>
                  {formatDuration(s)}
                </option>
              ))}
            </select>
          </label>
        </div>

        <label className={`check-row ${canSpeak ? '' : 'is-disabled'}`}>
          <input
            type="checkbox"
            checked={readAloud}
            disabled={!canSpeak}
            onChange={(e) => setReadAloud(e.target.checked)}
          />
          <Icon size={18} name="speaker" />
          <span>
            Read each question aloud
            {canSpeak ? null : (
              <span className="muted mk-small">
                {' '}
                — speech synthesis is not available on this system, so questions are shown only.
              </span>
            )}
          </span>
        </label>
        <label className={`check-row ${canFollowUp ? '' : 'is-disabled'}`}>
          <input
            type="checkbox"
            checked={followUps && canFollowUp}
            disabled={!canFollowUp}
            onChange={(e) => setFollowUps(e.target.checked)}
          />
          <Icon size={18} name="spark" />
          <span>
            Ask a follow-up question after each answer, like a real interviewer
            <span className="muted mk-small">
              {canFollowUp
                ? ' — your answer is sent to the AI to write it.'
                : ' — needs an AI provider (Settings → AI).'}
            </span>
          </span>
        </label>
      </div>
      {error ? <ErrorBanner message={error} /> : null}
      <div className="mock-start-row">
        <p className="muted mk-small" data-testid="mock-plan-summary">
          {blocked
            ? 'Resume or discard your unfinished interview first.'
            : `${count} ${count === 1 ? 'question' : 'questions'} · about ${Math.round((count * (prepSec + answerSec)) / 60)} minutes · ${available} questions to choose from. No feedback until the end — like the real thing.`}
        </p>
        <Button
          variant="primary"
          icon="mock"
          disabled={blocked || busy || (mixKind === 'categories' && categories.length === 0)}
          onClick={() => void begin()}
        >
          {busy ? 'Choosing questions…' : 'Start interview'}
        </Button>
      </div>
    </Card>
  );
}

function MockHistory() {
  const history = useQuery('mock:history', {});
  if (!history.data) return null;
  return (
    <Card title="Earlier mock interviews">
      {history.data.length === 0 ? (
        <EmptyState icon="mock" title="No mock interviews yet">
          When you finish one, its report appears here, and each new report compares itself with the ones before.
        </EmptyState>
      ) : (
        <ul className="attempt-list" data-testid="mock-history">
          {history.data.map((m) => (
            <li key={m.id} className="attempt-row">
              <span className={`score-pill tone-${m.total === null ? 'weak' : scoreTone(m.total)}`}>
                {formatScore(m.total)}
              </span>
              <div className="attempt-main">
                <a className="attempt-question" href={`#/mock-interview?report=${m.id}`}>
                  {m.questionCount} questions, {MODE_LABELS[m.mode].toLowerCase()}
                </a>
                <div className="attempt-meta">
                  {m.answered} of {m.questionCount} answered · {formatWhen(m.endedAt)}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function MockSetup() {
  const options = useQuery('mock:options', {});
  const active = useQuery('mock:active', {});
  const [loaded, setLoaded] = useState<MockOptions>();
  // The form keeps its own state once shown: a background reload must not reset the user's choices.
  useEffect(() => {
    if (options.data && !loaded) setLoaded(options.data);
  }, [options.data, loaded]);
  return (
    <div className="screen mock-screen">
      <PageHeader
        title="Mock interview"
        subtitle="A timed interview from start to finish: questions one after another, feedback only at the end."
      />
      <ResumeCard session={active.data} onDiscarded={active.reload} />
      {options.error ? <ErrorBanner message={options.error} onRetry={options.reload} /> : null}
      {loaded ? (
        <SetupForm options={loaded} blocked={Boolean(active.data)} />
      ) : !options.error ? (
        <div className="loading">Loading…</div>
      ) : null}
      <MockHistory />
    </div>
  );
}
