import type { MockSessionView } from '../../../../shared/ipc/channels/mock';
import { Icon } from '../../components/Icon';
import { Button, Card } from '../../components/ui';
import { categoryLabel, formatClock } from './mock-labels';
import { speak, speechAvailable } from './speech';

/** The presentational pieces of a running mock interview; MockRunner owns the state. */

export function Stepper({ session, index }: { session: MockSessionView; index: number }) {
  const answered = new Map(session.answers.map((a) => [a.index, a.status]));
  return (
    <ol className="mock-stepper" aria-label="Questions">
      {session.questions.map((q) => {
        const status = answered.get(q.index);
        return (
          <li
            key={q.index}
            className={`mock-step ${q.index === index ? 'is-current' : ''} ${status ? `is-${status}` : ''}`}
            aria-current={q.index === index ? 'step' : undefined}
          >
            <span className="mk-sr-only">
              Question {q.index + 1}
              {status ? `, ${status}` : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

export function Countdown({ left, total, label }: { left: number; total: number; label: string }) {
  const fraction = total > 0 ? left / total : 0;
  return (
    <div className={`mock-clock ${left <= 10 ? 'is-low' : ''}`} data-testid="mock-clock">
      <span className="mock-clock-label">{label}</span>
      <span className="mock-clock-time">{formatClock(left)}</span>
      <div className="mock-clock-bar" aria-hidden="true">
        <div style={{ width: `${Math.max(0, Math.min(1, fraction)) * 100}%` }} />
      </div>
    </div>
  );
}

/**
 * Runs a mock interview: question, prep countdown, answer (typed against the clock, or recorded),
 * next — and no feedback until the end. Every answer is stored as it is given, so closing the app
 * loses at most the answer in progress; reopening resumes at the next unanswered question.
 */
export function EndConfirm({ onKeepGoing, onEnd }: { onKeepGoing(): void; onEnd(): void }) {
  return (
    <div className="mock-end-confirm" role="alertdialog" aria-labelledby="mock-end-title">
      <div>
        <strong id="mock-end-title">End the interview now?</strong>
        <p className="muted">
          Questions you have not answered count as skipped: they are not scored, and the total is the average of the
          answers you gave.
        </p>
      </div>
      <div className="mock-actions">
        <Button variant="ghost" onClick={onKeepGoing}>
          Keep going
        </Button>
        <Button variant="primary" onClick={onEnd}>
          End and see the report
        </Button>
      </div>
    </div>
  );
}

/** Asked before "Skip question" throws away a typed answer (or notes). */
export function SkipConfirm({ words, onKeep, onSkip }: { words: number; onKeep(): void; onSkip(): void }) {
  return (
    <div
      className="mock-end-confirm"
      role="alertdialog"
      aria-labelledby="mock-skip-title"
      data-testid="mock-skip-confirm"
    >
      <div>
        <strong id="mock-skip-title">Skip this question and discard what you typed?</strong>
        <p className="muted">
          You have written {words} {words === 1 ? 'word' : 'words'}. A skipped question is not scored; submit it instead
          to get feedback on it in the report.
        </p>
      </div>
      <div className="mock-actions">
        <Button variant="primary" onClick={onKeep} autoFocus>
          Keep my answer
        </Button>
        <Button variant="ghost" onClick={onSkip}>
          Skip and discard
        </Button>
      </div>
    </div>
  );
}

type MockQuestion = MockSessionView['questions'][number];

export function MockQuestionCard({ question }: { question: MockQuestion }) {
  return (
    <Card className="mock-question-card">
      <div className="mock-question-meta">
        <span className="mk-chip">{categoryLabel(question.category)}</span>
        {question.followUpOf != null ? (
          <span className="mk-chip" data-testid="mock-follow-up">
            Follow-up
          </span>
        ) : null}
        <span className="mk-chip is-cap">{question.difficulty}</span>
        {speechAvailable() ? (
          <button type="button" className="mk-link" onClick={() => speak(question.text)}>
            <Icon size={18} name="speaker" /> Read aloud
          </button>
        ) : null}
      </div>
      <p className="mock-question-text" data-testid="mock-question">
        {question.text}
      </p>
    </Card>
  );
}

export function MockDeviceProblem({
  problem,
  onRetry,
  onTextMode,
}: {
  problem: { title: string; help: string };
  onRetry(): void;
  onTextMode(): void;
}) {
  return (
    <div className="device-problem mock-device-problem" role="alert" data-testid="mock-device-problem">
      <Icon name="warning" size={20} />
      <div>
        <strong>{problem.title}</strong>
        <p>{problem.help} You can also finish this interview by typing your answers.</p>
      </div>
      <div className="mock-actions">
        <Button icon="refresh" onClick={onRetry}>
          Try again
        </Button>
        <Button variant="primary" onClick={onTextMode}>
          Continue in text mode
        </Button>
      </div>
    </div>
  );
}

export function PrepPanel({
  left,
  totalSec,
  recorded,
  canStart,
  onStart,
  onSkip,
}: {
  left: number;
  totalSec: number;
  recorded: boolean;
  canStart: boolean;
  onStart(): void;
  onSkip(): void;
}) {
  return (
    <Card className="mock-phase">
      <Countdown left={left} total={totalSec} label="Preparation time" />
      <p className="muted">
        Think about your answer.{' '}
        {recorded ? 'Recording starts when the clock runs out.' : 'The answer clock starts when this one runs out.'}
      </p>
      <div className="mock-actions">
        <Button variant="primary" icon="check" disabled={!canStart} onClick={onStart}>
          Start answering now
        </Button>
        <Button variant="ghost" onClick={onSkip}>
          Skip question
        </Button>
      </div>
    </Card>
  );
}
