import type { QuestionCategory, QuestionType } from '../../questions/bank-schema';

/**
 * Words an on-topic answer in each category tends to use. Relevance counts how much of the
 * answer lives in the question's vocabulary; these lists widen that vocabulary beyond the few
 * words of a short question ("Why this role?").
 */
export const CATEGORY_WORDS: Readonly<Record<QuestionCategory, string>> = {
  behavioral:
    'project team deadline mistake challenge problem pressure learned colleague manager customer goal feedback result decision priority responsibility deliver improve change failure success stakeholder plan',
  leadership:
    'team lead leader led leadership vision decision delegate mentor coach motivate goal hire people direction strategy ownership accountable feedback morale initiative influence align stakeholder',
  teamwork:
    'team colleague collaborate together help support share communicate role trust shared goal pair meeting contribution cross-functional depend consensus peer workload',
  conflict:
    'conflict disagree disagreement colleague manager tension perspective listen compromise resolve understand view concern argument discuss common ground relationship respect',
  situational:
    'would first priority stakeholder inform escalate plan risk option assess decide communicate customer manager deadline team impact clarify',
  'hr-general':
    'role company career strength weakness goal motivate value culture mission growth experience skill passion team learn contribution salary future opportunity product',
  'technical-software':
    'code system function data api test performance memory bug design pattern database query service complexity thread request deploy library framework error cache algorithm',
  'system-design':
    'system service database cache queue api scale load latency availability consistency shard replica storage request user traffic partition index failover region throughput read write',
  'data-analysis':
    'data analysis metric query sql dashboard trend segment cohort hypothesis test statistical significant sample regression insight report stakeholder clean outlier model visualization',
  product:
    'product user customer feature metric roadmap prioritize research problem launch experiment market goal feedback engagement retention value strategy competitor persona mvp',
  'customer-service':
    'customer client issue complaint ticket support apologize listen resolve solution empathy escalate follow refund satisfaction expectation call email policy service',
  sales:
    'customer client prospect deal quota pipeline close objection value pricing discovery demo negotiate revenue account relationship renewal need budget decision buyer',
};

export const TYPE_WORDS: Readonly<Record<QuestionType, string>> = {
  behavioral: 'situation task action result learned team',
  situational: 'would first then priority plan',
  technical: 'example trade-off use case performance',
  design: 'requirement component scale trade-off',
  motivational: 'role company team value goal',
  case: 'metric hypothesis segment recommend data',
};
