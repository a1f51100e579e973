import { useState } from 'react';
import type { PlanProposalView, PlanView } from '../../../../shared/ipc/channels/advisor';
import { errorMessage } from '../../api/client';
import { hrefFor } from '../../app/router';
import { Button } from '../../components/ui';
import { PLAN_BLURBS } from './advisor-format';
import { continuePlan, startPlan } from './start-plan';

/** One of the four plans: what it is, and either Start (a fresh proposal) or Continue (the one running). */
export function PlanCard({ proposal, running }: { proposal: PlanProposalView; running: PlanView | undefined }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const act = async (fn: () => Promise<unknown>): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  const previewHref = hrefFor('advisor', {
    preview: proposal.kind,
    ...(proposal.category ? { category: proposal.category } : {}),
  });
  return (
    <article
      className={`adv-plan ${proposal.unavailable ? 'is-unavailable' : ''}`}
      data-testid={`plan-${proposal.kind}`}
    >
      <div className="adv-plan-head">
        <h3>{proposal.title}</h3>
        <span className="mk-chip">{proposal.unavailable ? 'Not yet' : `${proposal.items.length} questions`}</span>
      </div>
      <p className="adv-plan-summary">{proposal.unavailable ?? proposal.summary ?? PLAN_BLURBS[proposal.kind]}</p>
      {running ? (
        <div
          className="adv-progress"
          aria-label={`Plan progress: ${running.progress.done} of ${running.progress.total}`}
        >
          <div className="adv-progress-track">
            <div style={{ width: `${(running.progress.done / Math.max(1, running.progress.total)) * 100}%` }} />
          </div>
          <span className="muted mk-small">
            Running: {running.progress.done} of {running.progress.total} done
          </span>
        </div>
      ) : null}
      {error ? <p className="form-error">{error}</p> : null}
      <div className="mock-actions adv-plan-actions">
        {running && !running.progress.complete ? (
          <>
            <Button variant="primary" disabled={busy} onClick={() => void act(() => continuePlan(running.id))}>
              Continue
            </Button>
            <a className="btn btn-ghost" href={hrefFor('advisor', { plan: running.id })}>
              Progress
            </a>
          </>
        ) : (
          <>
            <Button
              variant="primary"
              disabled={busy || Boolean(proposal.unavailable)}
              onClick={() =>
                void act(() =>
                  startPlan({
                    kind: proposal.kind,
                    ...(proposal.category ? { category: proposal.category as never } : {}),
                  }),
                )
              }
            >
              Start
            </Button>
            <a className="btn btn-ghost" href={previewHref}>
              Details
            </a>
          </>
        )}
      </div>
    </article>
  );
}
