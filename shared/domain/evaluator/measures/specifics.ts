import type { Sentence, Token } from '../text/tokenize';
import type { Finding } from './finding';

/**
 * Concrete details an interviewer can check: numbers, money, percentages, durations, metrics,
 * tools and names. Vague stand-ins ("stuff", "a lot", "various things") are counted apart.
 */

const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|half';
const UNIT = 'k|m|bn|b|million|billion|thousand';
const DURATION_UNITS =
  'seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?|sprints?|milliseconds?|ms';

const PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'money',
    new RegExp(
      `[$€£]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:${UNIT})\\b)?|\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:${UNIT})?\\s?(?:dollars|euros|pounds|usd|eur|gbp)\\b`,
      'giu',
    ),
  ],
  ['percent', /\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b|percentage points?\b|pp\b)/giu],
  [
    'duration',
    new RegExp(
      `\\b(?:\\d+(?:\\.\\d+)?|${NUMBER_WORDS})(?:[\\s-]+(?:${NUMBER_WORDS}))?[\\s-]*(?:${DURATION_UNITS})\\b`,
      'giu',
    ),
  ],
  // "by week four", "in sprint 3": a point in time told as a count.
  ['duration', new RegExp(`\\b(?:week|day|month|sprint|quarter) (?:\\d+|one|${NUMBER_WORDS})\\b`, 'giu')],
  ['number', /\b\d[\d,]*(?:\.\d+)?(?:x|k|m)?\b/giu],
  ['number', new RegExp(`\\b(?:${NUMBER_WORDS})\\b(?=\\s+[a-z])`, 'giu')],
  [
    'metric',
    /\b(?:NPS|CSAT|churn(?: rate)?|conversion(?: rate)?|latency|p9[59]|p50|uptime|SLAs?|SLOs?|ARR|MRR|retention(?: rate)?|KPIs?|OKRs?|throughput|QPS|RPS|error rate|response time|DAU|MAU|ROI|CAC|LTV|win rate|quota|pipeline|first[- ]contact resolution|handle time|AOV|click[- ]through rate|CTR)\b/gu,
  ],
];

// Tools, languages, platforms and methods that recur in interview answers across the 12 categories.
const TOOLS = new Set(
  (
    'python java javascript typescript go golang rust kotlin swift ruby php scala sql nosql postgres postgresql mysql ' +
    'sqlite mongodb redis kafka rabbitmq elasticsearch docker kubernetes k8s terraform ansible jenkins github gitlab ' +
    'dynamodb cassandra k6 cypress selenium playwright jest pytest ' +
    'aws gcp azure lambda s3 ec2 bigquery snowflake redshift databricks spark hadoop airflow dbt tableau looker ' +
    'powerbi excel sheets jira confluence asana trello notion slack salesforce hubspot zendesk intercom freshdesk ' +
    'figma amplitude mixpanel segment optimizely react angular vue node graphql grpc rest kibana grafana prometheus ' +
    'datadog sentry splunk pagerduty linux nginx cdn oauth sso pandas numpy scikit-learn tensorflow pytorch r ' +
    'a/b ab-test cohort regression sprint scrum kanban retrospective postmortem runbook gong outreach linkedin ' +
    'medallia qualtrics typeform gainsight marketo'
  ).split(' '),
);

// Tool names that are also everyday words: they count only when written with a capital ("Go",
// "REST", "Slack"), never as "go", "rest" or "slack".
const AMBIGUOUS_TOOLS = new Set([
  'go',
  'rest',
  'r',
  'node',
  'react',
  'spark',
  'segment',
  'notion',
  'slack',
  'outreach',
  'lambda',
  'sheets',
  'excel',
  'sentry',
  'looker',
  'amplitude',
]);

// Capitalised words that are not names even mid-sentence.
const NOT_NAMES = new Set(['I', "I'm", "I've", "I'd", "I'll", 'OK', 'Okay', 'Monday', 'Friday', 'English']);

export interface SpecificsFindings {
  specifics: Finding[];
  vague: Finding[];
}

const VAGUE =
  /\b(?:stuff|things?|something|somehow|whatever|various|etc|a lot|lots of|a bunch|some people|in general|generally|and so on|many things|all sorts|some (?:impact|costs?|resources|effort|issues|problems|challenges|changes|ideas|time|help|support|improvements?|shortcuts|way|point)|certain situations|in some cases|at the end of the day|best practices|the right (?:things?|way|places?|time))\b/giu;

/**
 * `exclude`: spans that must not count (template placeholders). `shouting`: the answer is mostly
 * capitals, so capitalised words are not names or acronyms.
 */
export function findSpecifics(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  options: { exclude?: readonly Finding[]; shouting?: boolean } = {},
): SpecificsFindings {
  const taken: Array<[number, number]> = (options.exclude ?? []).map((f) => [f.start, f.end]);
  const specifics: Finding[] = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);
  const add = (start: number, end: number, label: string): void => {
    if (end <= start || overlaps(start, end)) return;
    taken.push([start, end]);
    specifics.push({ start, end, label });
  };

  for (const [label, pattern] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const raw = m[0].replace(/\s+$/u, '');
      add(m.index, m.index + raw.length, label);
    }
  }
  for (const t of tokens) {
    if (!TOOLS.has(t.lower)) continue;
    if (AMBIGUOUS_TOOLS.has(t.lower) && !/^\p{Lu}/u.test(t.text)) continue;
    add(t.start, t.end, 'tool');
  }
  // Names and acronyms: capitalised words that do not start a sentence.
  if (options.shouting === true) return { specifics: sorted(specifics), vague: findVague(text) };
  const sentenceStarts = new Set(sentences.map((s) => s.firstToken));
  for (const t of tokens) {
    if (sentenceStarts.has(t.index) || NOT_NAMES.has(t.text)) continue;
    const acronym = /^[A-Z]{2,6}s?$/u.test(t.text);
    const name = /^\p{Lu}[\p{Ll}\p{N}]+/u.test(t.text);
    if (!acronym && !name) continue;
    // Join a run of capitalised words ("Project Phoenix") into one finding.
    let last = t;
    for (let j = t.index + 1; j < tokens.length; j++) {
      const n = tokens[j];
      if (!n || !/^\p{Lu}/u.test(n.text) || text.slice(last.end, n.start) !== ' ') break;
      last = n;
    }
    add(t.start, last.end, acronym ? 'acronym' : 'name');
  }
  return { specifics: sorted(specifics), vague: findVague(text) };
}

function sorted(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.start - b.start);
}

function findVague(text: string): Finding[] {
  const vague: Finding[] = [];
  for (const m of text.matchAll(VAGUE))
    vague.push({ start: m.index, end: m.index + m[0].length, label: m[0].toLowerCase() });
  return vague;
}
