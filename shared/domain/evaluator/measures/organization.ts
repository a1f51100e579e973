import type { QuestionType } from '../../questions/bank-schema';
import { foldQuotes, type Sentence } from '../text/tokenize';

/**
 * How an answer to a non-STAR question is organised: the parts an interviewer expects for its
 * type (e.g. trade-offs for a technical question), signposts that order the answer, and a
 * conclusion or expected outcome.
 */
export interface OrganizationResult {
  /** Expected parts for the question type and whether each is there. */
  parts: Array<{ name: string; present: boolean; evidence: string | null }>;
  signposts: number;
  averageSentenceWords: number;
  longestSentenceWords: number;
}

const SIGNPOSTS =
  /\b(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|after that|afterwards|finally|lastly|to start|to begin|step one|in parallel|meanwhile|for example|for instance|as a result|in the end|overall|in summary|to sum up|in short|on the other hand|however|because|so that)\b/giu;

const PARTS: Readonly<Record<QuestionType, ReadonlyArray<readonly [string, RegExp]>>> = {
  behavioral: [],
  situational: [
    [
      'clarify the situation',
      /\b(?:clarify|understand|find out|ask (?:them|the|what|why|for)|gather|check (?:the|what|whether)|assess|listen|first)\b/iu,
    ],
    ['steps you would take', /\b(?:i would|i'd|i will|i'll|my first step|then|next|after that|finally)\b/iu],
    [
      'who you would involve',
      /\b(?:manager|stakeholders?|team|customer|client|colleague|escalate|inform|loop in|involve|update)\b/iu,
    ],
    [
      'the outcome you aim for',
      /\b(?:so that|outcome|result|goal|success|measure|make sure|ensure|prevent|resolve|aim)\b/iu,
    ],
  ],
  technical: [
    [
      'a clear explanation',
      /\b(?:is a|are a|means|refers to|works by|lets you|allows|is when|is the|are the|consists of)\b/iu,
    ],
    [
      'an example or use case',
      /\b(?:for example|for instance|e\.g\.|such as|use case|in my (?:last|previous|current) (?:role|job|project)|we used|i used|at my)\b/iu,
    ],
    [
      'trade-offs',
      /\b(?:trade-?offs?|however|on the other hand|downside|drawback|pros?|cons?|depends|whereas|alternatively|cost|but|instead)\b/iu,
    ],
  ],
  design: [
    [
      'requirements and scale',
      /\b(?:requirements?|users?|scale|traffic|requests? per|qps|rps|read|write|availability|latency|load|peak|million|assume)\b/iu,
    ],
    [
      'components',
      /\b(?:service|database|cache|queue|api|load balancer|cdn|shard|replica|index|storage|worker|gateway|table)\b/iu,
    ],
    [
      'trade-offs and bottlenecks',
      /\b(?:trade-?offs?|bottleneck|consistency|failover|however|downside|instead|depends|cost|partition|single point)\b/iu,
    ],
  ],
  motivational: [
    [
      'a clear reason or point',
      /\b(?:because|why|reason|motivat\w*|excit\w*|drawn|passion\w*|enjoy|love|care about|interested|realis\w*|realiz\w*|which is why|that's why|i want|my greatest|my biggest|my main)\b/iu,
    ],
    [
      'evidence from your experience',
      /\b(?:in my (?:last|previous|current)|at my|i (?:led|built|worked|managed|helped|learned|delivered|spent|grew|have been|ran|trained)|for example|years?)\b/iu,
    ],
    [
      'a link to this role or to what you do now',
      /\b(?:this role|the role|your (?:company|team|product|mission|customers)|here|this (?:team|company|position|job)|since then|now i|these days|going forward|next|i (?:now|still|keep|check|block)|last quarter)\b/iu,
    ],
  ],
  case: [
    [
      'clarify and structure',
      /\b(?:clarify|first|break (?:it |this )?down|segment|framework|assum|hypothes|look at|start by)\w*/iu,
    ],
    [
      'metrics or data',
      /\b(?:metrics?|data|conversion|retention|revenue|rate|funnel|cohort|dashboard|numbers?|kpi|measure)\b/iu,
    ],
    [
      'a recommendation',
      /\b(?:recommend|i would (?:launch|prioriti[sz]e|pick|choose|go with|start)|my (?:recommendation|decision|call)|so i would|therefore|next steps?)\w*/iu,
    ],
  ],
};

export function analyzeOrganization(
  type: QuestionType,
  sentences: readonly Sentence[],
  sentenceWordCounts: readonly number[],
): OrganizationResult {
  const parts = (PARTS[type] ?? []).map(([name, pattern]) => {
    const hit = sentences.find((s) => pattern.test(foldQuotes(s.text)));
    return { name, present: hit !== undefined, evidence: hit?.text ?? null };
  });
  let signposts = 0;
  for (const s of sentences) signposts += s.text.match(SIGNPOSTS)?.length ?? 0;
  const words = sentenceWordCounts.reduce((sum, n) => sum + n, 0);
  return {
    parts,
    signposts,
    averageSentenceWords:
      sentenceWordCounts.length === 0 ? 0 : Math.round((words / sentenceWordCounts.length) * 10) / 10,
    longestSentenceWords: Math.max(0, ...sentenceWordCounts),
  };
}
