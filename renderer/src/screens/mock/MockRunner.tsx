import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  mockStep,
  secondsElapsed,
  secondsLeft,
  startQuestion,
  type MockFlowEvent,
  type MockFlowState,
  type MockTiming,
} from '../../../../shared/domain/mock/mock-flow';
import { countWords } from '../../../../shared/domain/evaluator/text/tokenize';
import type { MockSessionView } from '../../../../shared/ipc/channels/mock';
import { call, errorMessage } from '../../api/client';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings-context';
import { Button, Card, ErrorBanner } from '../../components/ui';
import { useMediaStream } from '../../features/recording/use-media-stream';
import { RecordedAnswer } from './RecordedAnswer';
import {
  Countdown,
  EndConfirm,
  MockDeviceProblem,
  MockQuestionCard,
  PrepPanel,
  SkipConfirm,
  Stepper,
} from './MockPanels';
import { speak, speechAvailable } from './speech';
import '../../features/recording/recording.css';

const TICK_MS = 250;

function timingOf(session: MockSessionView): MockTiming {
  return {
    prepSec: session.config.prepSec,
    answerSec: session.config.answerSec,
    recorded: session.config.mode !== 'text',
  };
}

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function isSubmitKey(e: KeyboardEvent<HTMLTextAreaElement>): boolean {
  return e.key === 'Enter' && (e.ctrlKey || e.metaKey);
}

export function MockRunner({ sessionId }: { sessionId: string }) {
  const [session, setSession] = useState<MockSessionView>();
  const [loadError, setLoadError] = useState<string>();
  const [flow, setFlow] = useState<MockFlowState>();
  const [now, setNow] = useState(() => Date.now());
  const [answer, setAnswer] = useState('');
  const [notes, setNotes] = useState('');
  const [recordingId, setRecordingId] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string>();
  const [finishing, setFinishing] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [confirmSkip, setConfirmSkip] = useState(false);
  const [readAloud, setReadAloud] = useState(false);
  const savingFor = useRef<number | null>(null);
  const answerStartedAt = useRef<number>(0);
  const { settings } = useSettings();

  useEffect(() => {
    let cancelled = false;
    call('mock:get', { sessionId })
      .then((view) => {
        if (cancelled) return;
        if (view.status === 'completed') {
          navigate('mock-interview', { report: view.id });
          return;
        }
        if (view.status !== 'active') {
          setLoadError('This mock interview was discarded.');
          return;
        }
        setSession(view);
        setReadAloud(view.config.readAloud && speechAvailable());
        setFlow(startQuestion(view.currentIndex, view.questions.length, timingOf(view), Date.now()));
      })
      .catch((err: unknown) => {
        if (!cancelled) setLoadError(errorMessage(err));
      });
    return () => {
      cancelled = true;
    };
  }, [sessionId]);

  const timing = useMemo(() => (session ? timingOf(session) : null), [session]);
  const dispatch = useCallback(
    (event: MockFlowEvent) => {
      if (!timing) return;
      setFlow((state) => (state ? mockStep(state, event, timing) : state));
    },
    [timing],
  );

  // The clock: timed phases advance on their own.
  useEffect(() => {
    if (!flow || (flow.phase !== 'prep' && flow.phase !== 'answer')) return;
    const id = window.setInterval(() => {
      const t = Date.now();
      setNow(t);
      dispatch({ type: 'tick', nowMs: t });
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [flow, dispatch]);

  const question = session && flow ? session.questions[flow.index] : undefined;

  // A new question: fresh drafts, and read it aloud when the user asked for that.
  const questionIndex = flow?.index;
  const questionText = question?.text;
  useEffect(() => {
    setAnswer('');
    setNotes('');
    setRecordingId(null);
    setSaveError(undefined);
    setConfirmSkip(false);
    savingFor.current = null;
    if (readAloud && questionText) return speak(questionText);
    return undefined;
  }, [questionIndex, questionText, readAloud]);

  useEffect(() => {
    if (flow?.phase === 'answer') answerStartedAt.current = flow.phaseStartedMs;
  }, [flow?.phase, flow?.phaseStartedMs]);

  // Saving: store the answer (or the skip), then move on.
  useEffect(() => {
    if (!session || !flow || flow.phase !== 'saving' || !question || savingFor.current === flow.index) return;
    const recorded = session.config.mode !== 'text';
    if (recorded && !flow.skipping && !recordingId) return; // the recording is still being closed
    savingFor.current = flow.index;
    const skip = flow.skipping || (!recorded && answer.trim() === '');
    const spent = answerStartedAt.current
      ? Math.round(
          Math.min(
            session.config.answerSec,
            secondsElapsed({ ...flow, phaseStartedMs: answerStartedAt.current }, Date.now()),
          ),
        )
      : null;
    call('mock:answer', {
      sessionId: session.id,
      index: flow.index,
      answerText: recorded ? notes : answer,
      durationSec: spent,
      recordingId: recorded ? recordingId : null,
      skip,
    })
      .then((view) => {
        setSession(view);
        dispatch({ type: 'stored', nowMs: Date.now(), total: view.questions.length });
      })
      .catch((err: unknown) => {
        savingFor.current = null;
        setSaveError(errorMessage(err));
        dispatch({ type: 'save-failed', nowMs: Date.now() });
      });
  }, [session, flow, question, answer, notes, recordingId, dispatch]);

  // The end: close the session and show the report.
  useEffect(() => {
    if (!session || flow?.phase !== 'finished' || finishing) return;
    setFinishing(true);
    call('mock:finish', { sessionId: session.id })
      .then((report) => navigate('mock-interview', { report: report.session.id }))
      .catch((err: unknown) => {
        setLoadError(errorMessage(err));
        setFinishing(false);
      });
  }, [session, flow?.phase, finishing]);

  const recorded = session ? session.config.mode !== 'text' : false;
  const media = useMediaStream({
    mode: session?.config.mode === 'video' ? 'video' : 'audio',
    cameraId: settings.devices.cameraId,
    microphoneId: settings.devices.microphoneId,
    enabled: recorded && flow?.phase !== 'finished',
  });
  const preview = useRef<HTMLVideoElement>(null);
  const showPreview =
    session?.config.mode === 'video' && media.stream !== null && (flow?.phase === 'prep' || flow?.phase === 'answer');
  useEffect(() => {
    if (preview.current) preview.current.srcObject = media.stream;
  }, [media.stream, showPreview]);

  const switchToText = async (): Promise<void> => {
    if (!session) return;
    try {
      const view = await call('mock:switch-to-text', { sessionId: session.id });
      setSession(view);
      // A question waiting for its recording continues as a typed answer.
      setFlow((state) =>
        state && state.phase === 'notes' ? { ...state, phase: 'answer', phaseStartedMs: Date.now() } : state,
      );
    } catch (err) {
      setSaveError(errorMessage(err));
    }
  };

  // Skipping throws away what was typed, so it asks first when there is something to lose.
  const typed = session && session.config.mode !== 'text' ? notes : answer;
  const skip = (): void => {
    if (typed.trim() !== '' && !confirmSkip) {
      setConfirmSkip(true);
      return;
    }
    setConfirmSkip(false);
    dispatch({ type: 'skip', nowMs: Date.now() });
  };
  const skipConfirm = confirmSkip ? (
    <SkipConfirm words={countWords(typed)} onKeep={() => setConfirmSkip(false)} onSkip={skip} />
  ) : null;
  const kbdHint = (
    <span className="kbd-hint">
      <kbd>{IS_MAC ? '⌘' : 'Ctrl'}</kbd>+<kbd>Enter</kbd> to submit
    </span>
  );

  if (loadError) {
    return (
      <div className="screen mock-screen">
        <h1>Mock interview</h1>
        <ErrorBanner message={loadError} />
        <p>
          <a href="#/mock-interview">Back to mock interviews</a>
        </p>
      </div>
    );
  }
  if (!session || !flow || !timing) {
    return (
      <div className="screen mock-screen">
        <div className="loading">Loading the interview…</div>
      </div>
    );
  }
  if (flow.phase === 'finished' || !question) {
    return (
      <div className="screen mock-screen">
        <h1>Mock interview</h1>
        <div className="mock-finishing" role="status">
          <span className="mk-spinner" aria-hidden="true" /> Scoring your interview…
        </div>
      </div>
    );
  }

  const left = secondsLeft(flow, timing, now) ?? 0;
  const mode = session.config.mode;
  const deviceProblem = recorded ? media.problem : null;
  const canRecord = recorded && media.stream !== null;
  // With follow-ups on, an answered question (not itself a follow-up) may still get one.
  const mayFollowUp = session.config.followUps && question?.followUpOf == null;
  const isLast = flow.index + 1 === session.questions.length && !mayFollowUp;

  return (
    <div className="screen mock-screen mock-running" data-phase={flow.phase}>
      <header className="mock-run-head">
        <div>
          <div className="mock-run-kicker">Mock interview</div>
          <h1 data-testid="mock-question-number">
            Question {flow.index + 1} of {session.questions.length}
          </h1>
        </div>
        <Stepper session={session} index={flow.index} />
        <div className="page-actions">
          <Button variant="ghost" onClick={() => navigate('mock-interview')}>
            Pause
          </Button>
          <Button variant="secondary" icon="stop" onClick={() => setConfirmEnd(true)}>
            End interview
          </Button>
        </div>
      </header>

      {confirmEnd ? (
        <EndConfirm
          onKeepGoing={() => setConfirmEnd(false)}
          onEnd={() => {
            setConfirmEnd(false);
            setFlow((state) => (state ? { ...state, phase: 'finished' } : state));
          }}
        />
      ) : null}

      <MockQuestionCard question={question} />

      {deviceProblem ? (
        <MockDeviceProblem problem={deviceProblem} onRetry={media.retry} onTextMode={() => void switchToText()} />
      ) : null}

      {showPreview ? (
        <video ref={preview} className="mock-preview" autoPlay muted playsInline aria-label="Camera preview" />
      ) : null}

      {flow.phase === 'prep' ? (
        <PrepPanel
          left={left}
          totalSec={timing.prepSec}
          recorded={recorded}
          canStart={!recorded || canRecord}
          onStart={() => dispatch({ type: 'start-answer', nowMs: Date.now() })}
          onSkip={() => dispatch({ type: 'skip', nowMs: Date.now() })}
        />
      ) : null}

      {recorded &&
      media.stream &&
      (flow.phase === 'prep' ||
        flow.phase === 'answer' ||
        ((flow.phase === 'notes' || flow.phase === 'saving') && !recordingId)) ? (
        <Card className="mock-phase">
          {flow.phase === 'answer' ? <Countdown left={left} total={timing.answerSec} label="Answer time" /> : null}
          <RecordedAnswer
            key={flow.index}
            stream={media.stream}
            mode={mode === 'video' ? 'video' : 'audio'}
            active={flow.phase === 'answer'}
            maxSec={timing.answerSec + 5}
            questionId={question.questionId}
            questionText={question.text}
            onRecorded={setRecordingId}
          />
          {flow.phase === 'answer' ? (
            <div className="mock-actions">
              <Button
                variant="primary"
                icon="stop"
                onClick={() => dispatch({ type: 'stop-answer', nowMs: Date.now() })}
              >
                I’m done
              </Button>
            </div>
          ) : null}
        </Card>
      ) : null}

      {!recorded && flow.phase === 'answer' ? (
        <Card className="mock-phase">
          <Countdown left={left} total={timing.answerSec} label="Answer time" />
          <textarea
            className="mock-answer"
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            onKeyDown={(e) => {
              if (!isSubmitKey(e)) return;
              e.preventDefault();
              if (answer.trim() !== '') dispatch({ type: 'stop-answer', nowMs: Date.now() });
            }}
            placeholder="Answer as you would out loud: the situation, what you did, and how it turned out."
            aria-label="Your answer"
            rows={9}
            autoFocus
          />
          {skipConfirm}
          <div className="mock-answer-foot sticky-card-foot">
            <span className="muted mk-small">{countWords(answer)} words</span>
            <div className="mock-actions">
              {kbdHint}
              <Button variant="ghost" onClick={skip}>
                Skip question
              </Button>
              <Button
                variant="primary"
                icon="check"
                disabled={answer.trim() === ''}
                onClick={() => dispatch({ type: 'stop-answer', nowMs: Date.now() })}
              >
                {isLast ? 'Submit and finish' : 'Submit answer'}
              </Button>
            </div>
          </div>
        </Card>
      ) : null}

      {flow.phase === 'notes' && (!recorded || recordingId) ? (
        <Card className="mock-phase" title={recorded ? 'What did you say?' : 'Check your answer'}>
          {flow.timedOut ? <p className="mock-timeup">Time is up for this question.</p> : null}
          {saveError ? <ErrorBanner message={saveError} /> : null}
          <p className="muted">
            {recorded
              ? 'Type the main points you made, in a few sentences. IntervYou scores what you said from these notes and how you said it from the recording. Nothing leaves this computer.'
              : 'Your answer could not be scored as it is. Change it and submit again, or skip the question.'}
          </p>
          <textarea
            className="mock-answer"
            value={recorded ? notes : answer}
            onChange={(e) => (recorded ? setNotes(e.target.value) : setAnswer(e.target.value))}
            onKeyDown={(e) => {
              if (!isSubmitKey(e)) return;
              e.preventDefault();
              if (typed.trim() === '') return;
              setSaveError(undefined);
              dispatch({ type: 'save', nowMs: Date.now() });
            }}
            aria-label={recorded ? 'Notes on your spoken answer' : 'Your answer'}
            rows={6}
            autoFocus
          />
          {skipConfirm}
          <div className="mock-answer-foot sticky-card-foot">
            <span className="muted mk-small">{countWords(typed)} words</span>
            <div className="mock-actions">
              {kbdHint}
              <Button variant="ghost" onClick={skip}>
                Skip question
              </Button>
              <Button
                variant="primary"
                icon="check"
                disabled={(recorded ? notes : answer).trim() === ''}
                onClick={() => {
                  setSaveError(undefined);
                  dispatch({ type: 'save', nowMs: Date.now() });
                }}
              >
                {isLast ? 'Save and finish' : 'Save and next question'}
              </Button>
            </div>
          </div>
        </Card>
      ) : null}

      {flow.phase === 'saving' ? (
        <div className="mock-saving" role="status" data-testid="mock-saving">
          <span className="mk-spinner" aria-hidden="true" /> {flow.skipping ? 'Moving on…' : 'Saving your answer…'}
        </div>
      ) : null}
    </div>
  );
}
