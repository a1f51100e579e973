import { foldQuotes, type Sentence } from '../text/tokenize';

/** Situation, Task, Action, Result: each marked present with the sentence that shows it. */
export interface StarPart {
  present: boolean;
  evidence: string | null;
}
export interface StarAnalysis {
  situation: StarPart;
  task: StarPart;
  action: StarPart;
  result: StarPart;
  /** Actions told with "I" as the subject versus "we": interviewers want to hear the candidate's part. */
  iActions: number;
  weActions: number;
  /** Sentences that matched any STAR part, in order, for the UI's breakdown. */
  sentencesMatched: number;
  /** The sentences a STAR cue phrase matched (for the cue-stuffing guard). */
  cueSentences: Sentence[];
  /** The sentences with actions told with "I", and with "we": quoted with the counts above. */
  iActionSentences: Sentence[];
  weActionSentences: Sentence[];
}

const SITUATION = new RegExp(
  [
    String.raw`^\s*(?:situation|context|background)\s*[:\-–]`,
    String.raw`\b(?:at|in) my (?:last|previous|current|old|first|second|former) (?:job|company|role|employer|team|position|internship|workplace)`,
    String.raw`\bwhen i was (?:working|at|a|an|the|in|leading|managing|running|on)\b`,
    String.raw`\bwhile (?:i was|working|at)\b`,
    String.raw`\b(?:a few|a couple of|two|three|four|five|several|\d+) (?:years|months|weeks) ago\b`,
    String.raw`\blast (?:year|quarter|month|spring|summer|fall|autumn|winter)\b`,
    String.raw`\bin (?:19|20)\d\d\b`,
    String.raw`\bback (?:in|when)\b`,
    String.raw`\bthe (?:situation|context|background|setting)\b`,
    String.raw`\bwe were (?:facing|dealing|working|trying|about|in|under|behind|losing|running|getting|seeing|migrating|preparing|launching|building)\b`,
    String.raw`\b(?:our|my) (?:team|company|department|group|startup|store|manager|client|customer|project) (?:was|were|had)\b`,
    String.raw`\bthe (?:company|team|project|client|customer|product|system|service|store|account) (?:was|were|had)\b`,
    String.raw`\bthere (?:was|were) (?:a|an|this)\b`,
    String.raw`\bi (?:was working|worked) (?:as|at|on|for|in)\b`,
    String.raw`\bi was (?:a|an|the) \w+`,
    String.raw`\bi joined\b`,
  ].join('|'),
  'iu',
);

const TASK = new RegExp(
  [
    String.raw`^\s*(?:task|goal)\s*[:\-–]`,
    String.raw`\bmy (?:task|goal|job|responsibility|role|objective|assignment|mission|brief)\b[^.!?]{0,40}?\b(?:was|became|is)\b`,
    String.raw`\bi was (?:asked|responsible|tasked|assigned|expected|hired|brought in|put in charge|in charge|the one)\b`,
    String.raw`\b(?:i|we) (?:needed|had|wanted|was supposed|were supposed) to\b`,
    String.raw`\bthe (?:goal|task|challenge|objective|problem|aim|ask|requirement) was\b`,
    String.raw`\bi owned\b`,
    String.raw`\bit was (?:up to me|my job)\b`,
  ].join('|'),
  'iu',
);

const ACTION_VERBS =
  'decided|started|created|built|wrote|organi[sz]ed|met|set up|proposed|led|analy[sz]ed|talked|scheduled|implemented|introduced|reached out|designed|spoke|asked|ran|called|took|drafted|mapped|pulled|broke|split|negotiated|coordinated|gathered|interviewed|prototyped|tested|migrated|rewrote|refactored|automated|documented|presented|escalated|listened|apologi[sz]ed|offered|trained|coached|mentored|hired|delegated|assigned|prioriti[sz]ed|reviewed|investigated|identified|found|fixed|resolved|rolled out|launched|shipped|deployed|added|removed|replaced|changed|moved|worked|volunteered|suggested|convinced|persuaded|explained|showed|shared|sent|booked|followed up|paired|planned|defined|measured|tracked|researched|compared|benchmarked|estimated|held|facilitated|mediated|invited|brought|made|gave|used|focused|stepped|kept|restructured|reorgani[sz]ed|simplified|checked|verified|profiled|instrumented|aligned|sat down|set|put|pushed|cut|asked|chose|agreed|acknowledged|summari[sz]ed|walked|contacted|emailed|phoned|calculated|modeled|modelled|queried|segmented|cleaned|built|wrote|hosted|ran|recommended|pitched|demoed|tailored|qualified|discovered|read|rebuilt|ported|studied|practi[sc]ed|tried|switched|configured|installed|upgraded|debugged|traced|reproduced|wrote up|called back|negotiated|onboarded|interviewed|surveyed|sketched|outlined';

const ACTION = new RegExp(
  String.raw`\b(i|we)\s+(?:then\s+|first\s+|also\s+|quickly\s+|immediately\s+|personally\s+|actually\s+|just\s+)?(?:${ACTION_VERBS})\b`,
  'giu',
);
// Any other past-tense verb after "I"/"we" ("I timed ten pickers", "we batched orders"), except
// verbs of wanting, feeling or noticing, which set a scene rather than act on it.
const PAST_ACTION =
  /\b(i|we)\s+(?:\w+ly\s+)?(?!(?:need|want|lik|lov|hat|us|learn|realis|realiz|seem|notic|fear|worri|fac|struggl|start|tri|expect|assum|hop|wonder|felt|believ|join|fail|miss|inherit|work)ed\b)[a-z]{3,}ed\b/giu;
const HYPOTHETICAL_ACTION =
  /\bi(?:\s+would|\s+will|'d|'ll)\s+(?:first\s+|then\s+|also\s+|start\s+by\s+)?(?!not\b|be\b|have\s+been\b)\w+/giu;

const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half)';

const RESULT = new RegExp(
  [
    String.raw`^\s*(?:results?|outcomes?|impact)\s*[:\-–]`,
    String.raw`\bas a result\b`,
    String.raw`\bthe (?:result|outcome|impact|upshot)\b`,
    String.raw`\bresult(?:ed|ing)? in\b`,
    String.raw`\bin the end\b`,
    String.raw`\bultimately\b`,
    String.raw`\bby the end\b`,
    String.raw`\bended up\b`,
    String.raw`\bsince then\b`,
    String.raw`\b(?:which|this|that|it) (?:led|meant|helped|allowed|reduced|increased|cut|saved|improved|brought|raised|lowered|turned|got)\b`,
    String.raw`\bwe (?:reduced|increased|delivered|saved|shipped|launched|achieved|won|closed|hit|exceeded|met|cut|improved|grew|doubled|finished|recovered|retained|kept|renewed|avoided|beat|signed)\b`,
    String.raw`\b(?:it|they|he|she|the team|the client|the customer|revenue|churn|latency|sales|the project|the release|the deal|the account|satisfaction|errors?|tickets?|costs?|scores?) (?:was |were |had |have )?(?:reduced|delivered|saved|shipped|launched|achieved|won|closed|hit|exceeded|improved|grew|doubled|renewed|promoted|praised|recogni[sz]ed|adopted|dropped|fell|rose|went (?:up|down|from)|stayed|signed|thanked|agreed|returned|upgraded)\b`,
    String.raw`\bi (?:learned|learnt|realised|realized|took away|got promoted|was promoted|received)\b`,
    String.raw`\b(?:lesson|lessons|takeaway)\b`,
    String.raw`\bfrom \S+ to \S+`,
    // Changes with numbers, told without a cue word: "went from 41% to 83%", "by week four she
    // handled 38 tickets", "cut insert latency by about 30%".
    String.raw`\b(?:went|dropped|fell|rose|grew|climbed|jumped|improved|increased|decreased|cut|reduced|shrank|halved|doubled)\b[^.!?]{0,40}?\b(?:from|to|by)\s+(?:about\s+|around\s+|roughly\s+|over\s+|almost\s+)?(?:[$€£]?\d|${NUMBER_WORD}\b)`,
    // "drop-off went down about fifteen percent"
    String.raw`\b(?:went|came|dropped|fell|rose|grew|climbed|jumped)\s+(?:up|down)?\s*(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?(?:\d[\d.,]*|${NUMBER_WORD})(?:[\s-]+${NUMBER_WORD})?\s*(?:%|percent|per cent|points|x\b|times)`,
    String.raw`\bby (?:week|month|day|sprint|quarter) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b`,
    String.raw`\b(?:nobody|no one|none of them) (?:left|quit|resigned|churned)\b`,
    String.raw`\b(?:renewed|went live|signed (?:a|the|an)|handled \d|closed \d|took \d[\d,]* orders|shipped on time)\b`,
    String.raw`\bon time\b`,
    String.raw`\bthanked\b`,
    String.raw`\bso that\b`,
  ].join('|'),
  'iu',
);

type PartName = 'situation' | 'task' | 'action' | 'result';

export function analyzeStar(sentences: readonly Sentence[], hypotheticalCounts: boolean): StarAnalysis {
  let iActions = 0;
  let weActions = 0;
  const iActionSentences: Sentence[] = [];
  const weActionSentences: Sentence[] = [];
  const cueSentences: Sentence[] = [];

  // What each sentence could be, then one part per sentence: a sentence is quoted for two parts only
  // when no other sentence shows the second one.
  const found = sentences.map((s, index) => {
    const text = foldQuotes(s.text);
    let mine = 0;
    let ours = 0;
    const starts = new Set<number>();
    for (const m of [...text.matchAll(ACTION), ...text.matchAll(PAST_ACTION)]) {
      if (starts.has(m.index)) continue;
      starts.add(m.index);
      if ((m[1] ?? '').toLowerCase() === 'i') mine++;
      else ours++;
    }
    if (hypotheticalCounts) mine += text.match(HYPOTHETICAL_ACTION)?.length ?? 0;
    iActions += mine;
    weActions += ours;
    if (mine > 0) iActionSentences.push(s);
    if (ours > 0) weActionSentences.push(s);
    const flags: Record<PartName, boolean> = {
      situation: SITUATION.test(text),
      task: TASK.test(text),
      action: mine + ours > 0,
      // The opening sentence of a longer answer sets the scene even when it sounds like a result.
      result: RESULT.test(text) && !(index === 0 && sentences.length > 2),
    };
    if (flags.situation || flags.task || flags.action || flags.result) cueSentences.push(s);
    return { s, index, flags, actions: mine + ours };
  });

  const primary = (f: (typeof found)[number]): PartName | null => {
    const { flags, index, actions } = f;
    if (flags.task) return 'task';
    if (flags.result && actions < 2) return 'result';
    if (flags.situation && flags.action) return index === 0 ? 'situation' : 'action';
    if (flags.situation) return 'situation';
    if (flags.action) return 'action';
    return flags.result ? 'result' : null;
  };
  const labels = found.map(primary);
  const part = (name: PartName): StarPart => {
    const own = found.find((_, i) => labels[i] === name);
    const shared = own ?? found.find((f) => f.flags[name]);
    return shared ? { present: true, evidence: shared.s.text } : { present: false, evidence: null };
  };

  return {
    situation: part('situation'),
    task: part('task'),
    action: part('action'),
    result: part('result'),
    iActions,
    weActions,
    iActionSentences,
    weActionSentences,
    sentencesMatched: cueSentences.length,
    cueSentences,
  };
}
