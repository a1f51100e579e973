import { PlanExplanation } from '../../features/ai/PlanExplanation';
import { useState } from 'react';
import { QUESTION_CATEGORIES } from '../../../../shared/domain/questions/bank-schema';
import type { PlanKind, PlanProposalView, PlanView } from '../../../../shared/ipc/channels/advisor';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { formatScore, formatWhen, scoreTone } from '../../app/format';
import { hrefFor, navigate } from '../../app/router';
import { Button, Card, ErrorBanner, PageHeader } from '../../components/ui';
import { practiceHref } from '../practice/practice-route';
import { categoryLabel } from '../mock/mock-labels';
import { Icon } from '../../components/Icon';
import { continuePlan, startPlan } from './start-plan';

type Item = PlanProposalView['items'][number] & { done?: boolean; score?: number | null };

function ItemList({ items }: { items: readonly Item[] }) {
  return (
    <ol className="adv-items" data-testid="plan-items">
      {items.map((item, i) => (
        <li key={item.questionId} className={item.done ? 'is-done' : ''}>
          <span className="adv-item-num">{item.done ? <Icon name="flag" size={16} /> : i + 1}</span>
          <div className="adv-item-main">
            <a className="attempt-question" href={practiceHref({ q: item.questionId })}>
              {item.text}
            </a>
            <div className="attempt-meta">
              {categoryLabel(item.category)} · {item.difficulty}
            </div>
            <p className="adv-item-why">
              <strong>Why:</strong> {item.reason}
            </p>
          </div>
          {item.done && item.score !== null && item.score !== undefined ? (
            <span className={`score-pill tone-${scoreTone(item.score)}`}>{formatScore(item.score)}</span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function BackLink() {
  return (
    <a className="mk-link adv-back" href={hrefFor('advisor')}>
      ← Advisor
    </a>
  );
}

/** A proposed plan before it starts: its questions and why each was chosen. */
export function PlanPreview({ kind, category }: { kind: PlanKind; category: string | null }) {
  const request = { kind, ...(category ? { category: category as (typeof QUESTION_CATEGORIES)[number] } : {}) };
  const proposal = useQuery('advisor:propose', request);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const data = proposal.data;
  return (
    <div className="screen adv-screen">
      <BackLink />
      <PageHeader
        title={data?.title ?? 'Plan'}
        subtitle={data?.unavailable ? undefined : data?.summary}
        actions={
          data ? (
            <Button
              variant="primary"
              icon="practice"
              disabled={busy || Boolean(data.unavailable) || data.items.length === 0}
              onClick={() => {
                setBusy(true);
                setError(undefined);
                startPlan(request).catch((err: unknown) => {
                  setError(errorMessage(err));
                  setBusy(false);
                });
              }}
            >
              Start this plan
            </Button>
          ) : null
        }
      />
      {kind === 'mastery' ? (
        <label className="field adv-category">
          <span>Category</span>
          <select
            value={data?.category ?? category ?? ''}
            onChange={(e) => navigate('advisor', { preview: 'mastery', category: e.target.value })}
            aria-label="Category to master"
          >
            {QUESTION_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {proposal.error ? <ErrorBanner message={proposal.error} onRetry={proposal.reload} /> : null}
      {error ? <ErrorBanner message={error} /> : null}
      {data?.unavailable ? (
        <Card className="adv-unavailable">
          <p data-testid="plan-unavailable">{data.unavailable}</p>
          {kind === 'mastery' ? (
            <a className="mk-link adv-add-own" href={practiceHref({})}>
              Add your own question in Practice →
            </a>
          ) : null}
        </Card>
      ) : null}
      {data && data.items.length ? (
        <Card title={`${data.items.length} questions`}>
          <ItemList items={data.items} />
        </Card>
      ) : null}
    </div>
  );
}

/** A started plan: progress item by item, continue or put it away. */
export function StartedPlanView({ id }: { id: string }) {
  const plan = useQuery('advisor:plan', { id });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const data: PlanView | undefined = plan.data;
  return (
    <div className="screen adv-screen">
      <BackLink />
      <PageHeader
        title={data?.title ?? 'Plan'}
        subtitle={
          data
            ? `Started ${formatWhen(data.createdAt)} · ${data.progress.done} of ${data.progress.total} done${data.progress.averageScore !== null ? ` · average ${formatScore(data.progress.averageScore)}` : ''}`
            : undefined
        }
        actions={
          data ? (
            <>
              {data.status === 'active' && !data.progress.complete ? (
                <Button
                  variant="primary"
                  disabled={busy}
                  onClick={() => {
                    setBusy(true);
                    continuePlan(data.id).catch((err: unknown) => {
                      setError(errorMessage(err));
                      setBusy(false);
                    });
                  }}
                >
                  Continue
                </Button>
              ) : null}
              {data.status !== 'archived' ? (
                <Button
                  variant="ghost"
                  onClick={() => {
                    call('advisor:archive-plan', { id: data.id })
                      .then(() => navigate('advisor'))
                      .catch((err: unknown) => setError(errorMessage(err)));
                  }}
                >
                  {data.progress.complete ? 'Put away' : 'Stop this plan'}
                </Button>
              ) : null}
            </>
          ) : null
        }
      />
      {plan.error ? <ErrorBanner message={plan.error} onRetry={plan.reload} /> : null}
      {error ? <ErrorBanner message={error} /> : null}
      {data ? (
        <>
          <Card>
            <p className="muted adv-summary">{data.summary}</p>
            <PlanExplanation planId={data.id} />
            <div className="adv-progress is-large">
              <div className="adv-progress-track">
                <div style={{ width: `${(data.progress.done / Math.max(1, data.progress.total)) * 100}%` }} />
              </div>
              <span>
                {data.progress.complete ? 'Complete — well done.' : `${data.progress.total - data.progress.done} to go`}
              </span>
            </div>
          </Card>
          <Card title="Questions">
            <ItemList items={data.items} />
          </Card>
        </>
      ) : null}
    </div>
  );
}
