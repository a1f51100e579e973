import { createAdvisorService } from '../../advisor/advisor-service';
import type { MainServices } from '../../services';
import type { Handlers } from '../handler-types';

type AdvisorChannel =
  | 'advisor:overview'
  | 'advisor:propose'
  | 'advisor:start-plan'
  | 'advisor:plan'
  | 'advisor:resume-plan'
  | 'advisor:archive-plan';

export function advisorHandlers(services: MainServices): Handlers<AdvisorChannel> {
  const advisor = createAdvisorService(services);
  return {
    'advisor:overview': () => advisor.overview(),
    'advisor:propose': (input) => advisor.propose(input),
    'advisor:start-plan': (input) => advisor.startPlan(input),
    'advisor:plan': ({ id }) => advisor.plan(id),
    'advisor:resume-plan': ({ id }) => advisor.resumePlan(id),
    'advisor:archive-plan': ({ id }) => advisor.archivePlan(id),
  };
}
