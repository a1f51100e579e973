import type { QuestionCategory, Role } from './bank-schema';

type SpecificRole = Exclude<Role, 'any'>;

/**
 * Phrases that signal a role in a job posting. Titles weigh more than skills: "product manager"
 * in a posting says more than "roadmap" does.
 */
export const ROLE_SIGNALS: Readonly<Record<SpecificRole, { titles: string[]; skills: string[] }>> = {
  'software-engineer': {
    titles: [
      'software engineer',
      'software developer',
      'backend engineer',
      'frontend engineer',
      'full stack',
      'full-stack',
      'web developer',
      'swe',
      'programmer',
      'platform engineer',
      'site reliability',
    ],
    skills: [
      'typescript',
      'javascript',
      'java',
      'golang',
      'rust',
      'react',
      'node',
      'microservices',
      'api',
      'apis',
      'code review',
      'unit tests',
      'ci/cd',
      'kubernetes',
      'distributed systems',
      'debugging',
    ],
  },
  'engineering-manager': {
    titles: [
      'engineering manager',
      'head of engineering',
      'tech lead',
      'technical lead',
      'director of engineering',
      'vp of engineering',
    ],
    skills: [
      'direct reports',
      'hiring engineers',
      'grow engineers',
      'career development',
      'performance reviews',
      'team health',
      'one-on-ones',
    ],
  },
  'data-analyst': {
    titles: [
      'data analyst',
      'business analyst',
      'bi analyst',
      'analytics engineer',
      'reporting analyst',
      'business intelligence',
    ],
    skills: [
      'sql',
      'tableau',
      'power bi',
      'looker',
      'dashboards',
      'reporting',
      'excel',
      'kpis',
      'data visualization',
      'ad hoc analysis',
    ],
  },
  'data-scientist': {
    titles: ['data scientist', 'machine learning engineer', 'ml engineer', 'research scientist', 'applied scientist'],
    skills: [
      'machine learning',
      'statistics',
      'statistical',
      'modeling',
      'modelling',
      'a/b testing',
      'experimentation',
      'regression',
      'python',
      'pandas',
      'forecasting',
    ],
  },
  'product-manager': {
    titles: ['product manager', 'product owner', 'head of product', 'product lead', 'group product manager'],
    skills: [
      'roadmap',
      'prioritization',
      'prioritisation',
      'product discovery',
      'user stories',
      'prd',
      'go-to-market',
      'product strategy',
      'feature adoption',
    ],
  },
  designer: {
    titles: ['product designer', 'ux designer', 'ui designer', 'interaction designer', 'ux researcher', 'designer'],
    skills: ['figma', 'user research', 'prototyping', 'wireframes', 'usability', 'design system', 'accessibility'],
  },
  'customer-support': {
    titles: [
      'customer support',
      'customer service',
      'support specialist',
      'support agent',
      'help desk',
      'helpdesk',
      'customer care',
      'technical support',
    ],
    skills: [
      'tickets',
      'ticketing',
      'zendesk',
      'csat',
      'escalations',
      'first response',
      'live chat',
      'troubleshooting',
      'customer satisfaction',
    ],
  },
  sales: {
    titles: [
      'account executive',
      'sales representative',
      'sales development',
      'business development',
      'sdr',
      'bdr',
      'sales manager',
      'inside sales',
    ],
    skills: [
      'quota',
      'pipeline',
      'prospecting',
      'cold calling',
      'closing',
      'crm',
      'salesforce',
      'negotiation',
      'deal',
      'deals',
      'revenue targets',
      'objections',
    ],
  },
  'account-manager': {
    titles: ['account manager', 'customer success', 'client success', 'relationship manager', 'key account'],
    skills: [
      'renewals',
      'upsell',
      'upselling',
      'retention',
      'churn',
      'expansion',
      'client relationships',
      'quarterly business reviews',
      'qbr',
    ],
  },
  marketing: {
    titles: ['marketing manager', 'marketing specialist', 'growth marketer', 'content marketer', 'brand manager'],
    skills: ['campaigns', 'seo', 'content marketing', 'brand', 'social media', 'demand generation', 'marketing'],
  },
  'project-manager': {
    titles: ['project manager', 'program manager', 'scrum master', 'delivery manager', 'project coordinator'],
    skills: [
      'project plans',
      'timelines',
      'budgets',
      'risk management',
      'agile',
      'scrum',
      'stakeholder management',
      'milestones',
      'pmp',
    ],
  },
  operations: {
    titles: ['operations manager', 'operations analyst', 'operations associate', 'logistics', 'supply chain'],
    skills: ['process improvement', 'vendors', 'inventory', 'sops', 'efficiency', 'fulfillment', 'operations'],
  },
  hr: {
    titles: [
      'recruiter',
      'talent acquisition',
      'hr manager',
      'hr business partner',
      'people partner',
      'human resources',
    ],
    skills: ['onboarding', 'employee relations', 'compensation', 'hiring process', 'interviewing', 'hris'],
  },
  graduate: {
    titles: [
      'graduate',
      'new grad',
      'entry level',
      'entry-level',
      'intern',
      'internship',
      'junior',
      'apprentice',
      'trainee',
    ],
    skills: ['recent graduate', 'no experience required', '0-2 years', 'early career'],
  },
};

/** Bank categories that suit a role especially well, beyond the general ones every interview has. */
export const ROLE_CATEGORIES: Readonly<Record<SpecificRole, QuestionCategory[]>> = {
  'software-engineer': ['technical-software', 'system-design'],
  'engineering-manager': ['leadership', 'system-design', 'conflict'],
  'data-analyst': ['data-analysis'],
  'data-scientist': ['data-analysis'],
  'product-manager': ['product'],
  designer: ['product'],
  'customer-support': ['customer-service'],
  sales: ['sales'],
  'account-manager': ['sales', 'customer-service'],
  marketing: ['product'],
  'project-manager': ['leadership', 'situational'],
  operations: ['situational'],
  hr: ['hr-general', 'conflict'],
  graduate: ['hr-general', 'teamwork'],
};

/** Words every posting uses that say nothing about which questions to practise. */
export const POSTING_STOP_WORDS = new Set(
  (
    'a about above across after all also an and any are as at be been being both but by can could do does ' +
    'each either etc for from had has have help how i if in including into is it its just like may more most ' +
    'must no not of on one or other our ours out over per plus so some such than that the their them then there ' +
    'these they this those through to under up us very via was we well were what when where whether which while ' +
    'who whom why will with within without would you your yours ' +
    'ability able apply applicant applicants benefits candidate candidates company day days degree equal ' +
    'environment excellent experience experienced familiarity full good great ideal ideally job join looking ' +
    'new nice offer opportunity opportunities plus position preferred proven qualifications related ' +
    'requirements required responsibilities responsible role salary skills strong team teams time work ' +
    'working world year years you’ll we’re it’s bonus remote hybrid office location based across within ' +
    'answer keep make ensure provide take get use using want need help ' +
    // Hiring boilerplate and levels: they say who is hiring and how, not what to practise.
    'hiring hire hires apply applying application applications cv resume perks competitive equity stock ' +
    'options insurance health dental vision 401k pension pto vacation holiday holidays parental leave ' +
    'generous welcome backgrounds employer inclusive diversity diverse field fields sponsorship relocation ' +
    'senior sr junior jr staff principal mid level entry seniority'
  ).split(/\s+/),
);
