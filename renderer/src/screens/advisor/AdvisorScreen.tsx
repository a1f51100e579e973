import { PLAN_KINDS, type PlanKind } from '../../../../shared/domain/advisor/plan-types';
import type { ScreenProps } from '../../app/screens';
import { AdvisorOverviewView } from './AdvisorOverviewView';
import { PlanPreview, StartedPlanView } from './PlanDetails';
import '../mock/mock.css';
import './advisor.css';

function isPlanKind(value: string | null): value is PlanKind {
  return value !== null && (PLAN_KINDS as readonly string[]).includes(value);
}

/** Advisor (#/advisor), a proposed plan's details (?preview=kind[&category=]), a started plan (?plan=id). */
export function AdvisorScreen({ params }: ScreenProps) {
  const plan = params.get('plan');
  const preview = params.get('preview');
  if (plan) return <StartedPlanView key={plan} id={plan} />;
  if (isPlanKind(preview))
    return (
      <PlanPreview
        key={`${preview}-${params.get('category') ?? ''}`}
        kind={preview}
        category={params.get('category')}
      />
    );
  return <AdvisorOverviewView />;
}
