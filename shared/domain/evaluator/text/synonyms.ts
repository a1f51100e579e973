import { americanSpelling } from './spelling';
import { stem } from './stemmer';

/**
 * Groups of interchangeable words in interview answers. Each group's first word names it; every
 * member's stem maps to that name so "cut costs" meets a key point that says "reduce spending".
 */
const GROUPS: readonly string[] = [
  'increase improve boost raise grow growth grew higher lift double tripled',
  'reduce decrease cut lower shrink drop dropped fewer lessen minimize',
  'customer client user buyer consumer account shopper',
  'colleague coworker teammate peer team staff',
  'manager boss supervisor lead leader director',
  'conflict disagreement dispute tension clash argument friction disagree disagreed argue arguing argued',
  'struggle struggling struggled stuck overwhelmed behind difficulty',
  'help helped helping support supported assist assisted pair paired',
  'meet met hit achieve achieved',
  'deadline timeline schedule due date deliver delivery',
  'priority prioritize prioritise triage rank',
  'communicate talk discuss explain update inform conversation meeting spoke speak told',
  'listen hear understand empathize empathy acknowledge',
  'measure metric kpi track monitor quantify data',
  'test validate verify check experiment trial pilot',
  'result outcome impact effect consequence benefit',
  'mistake error failure fail failed bug slip fault',
  'learn learned lesson takeaway reflect insight study studied course tutorial docs documentation',
  'plan strategy roadmap approach framework',
  'goal objective target aim',
  'feedback criticism critique review input',
  'stakeholder sponsor executive leadership owner',
  'responsibility ownership accountable accountability owned',
  'decision decide choice chose choose',
  'risk threat danger exposure',
  'cost expense spend spending budget price',
  'revenue sales income bookings arr mrr',
  'fast quick quickly speed latency performance',
  'scale scalability scaling throughput load traffic',
  'database db storage datastore sql postgres mysql',
  'cache caching redis memcached',
  'queue queueing kafka rabbitmq stream',
  'hire hiring recruit recruiting onboard onboarding',
  'mentor coach coaching train training teach guide',
  'motivate motivation inspire engage engagement morale',
  'delegate delegation assign assigned',
  'collaborate collaboration cooperate partner together',
  'resolve resolution fix fixed solve solution solved restore restored restoring',
  'analyze analyse analysis investigate investigation dig root-cause diagnose',
  'requirement requirements need needs constraint constraints',
  'tradeoff trade-off compromise balance downside',
  'user-research interview survey research',
  'launch ship release rollout deploy deployed',
  'churn attrition cancel cancellation retention retain',
  'upset angry frustrated unhappy dissatisfied annoyed irate',
  'apologize apology sorry',
  'escalate escalation escalated',
  'objection concern pushback hesitation',
  'prospect lead pipeline opportunity',
  'close closed deal won signed contract',
  'strength strong skill skills',
  'weakness weak improve-area gap',
  'company organization organisation business firm employer',
  'role position job',
  'career future growth path',
  'passion passionate excited excite enjoy love interest interested',
];

const CANONICAL = new Map<string, string>();
for (const group of GROUPS) {
  const words = group.split(' ');
  const name = stem(words[0] ?? '');
  for (const word of words) {
    const key = stem(word);
    // First group wins so a word never moves between groups when the list grows.
    if (!CANONICAL.has(key)) CANONICAL.set(key, name);
  }
}

/** The comparison key of a word: its stem, folded into its synonym group when it has one. */
export function conceptOf(word: string): string {
  const s = stem(americanSpelling(word.toLowerCase()));
  return CANONICAL.get(s) ?? s;
}
