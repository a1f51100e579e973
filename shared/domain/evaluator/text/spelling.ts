/**
 * The American spelling of a British-style word ("realised" → "realized", "favour" → "favor"),
 * or the word unchanged. Used so "prioritise" and "prioritize" are one concept, and so a British
 * spelling is not reported as a mistake. Rules are narrow on purpose: "rise", "hour" and "called"
 * must stay as they are.
 */
export function americanSpelling(word: string): string {
  const w = word;
  let m = /^(.{3,})is(e|es|ed|ing|ation|ations|er|ers)$/u.exec(w);
  if (m && !NOT_ISE.has(`${m[1] ?? ''}ise`)) return `${m[1] ?? ''}iz${m[2] ?? ''}`;
  m = /^(anal|paral|catal)ys(e|es|ed|ing)$/u.exec(w);
  if (m) return `${m[1] ?? ''}yz${m[2] ?? ''}`;
  m = /^(.{2,})our(s|ed|ing|ite|ites|able|ful|ly)?$/u.exec(w);
  if (m && OUR_STEMS.has(m[1] ?? '')) return `${m[1] ?? ''}or${m[2] ?? ''}`;
  m = /^(cen|thea|me|li|spec|fib|calib|lus|sab|mea|sepul)(tre|bre)(s|d)?$/u.exec(w);
  if (m) return `${m[1] ?? ''}${m[2] === 'tre' ? 'ter' : 'ber'}${m[3] ?? ''}`;
  m = /^(catal|dial|anal|monol|prol|epil)ogue(s)?$/u.exec(w);
  if (m) return `${m[1] ?? ''}og${m[2] ?? ''}`;
  m = /^(defen|offen|licen|preten)ce(s)?$/u.exec(w);
  if (m) return `${m[1] ?? ''}se${m[2] ?? ''}`;
  m =
    /^(travel|cancel|model|label|level|fuel|signal|channel|counsel|marvel|tunnel|total|dial|equal|jewel|panel)l(ed|ing|er|ers)$/u.exec(
      w,
    );
  if (m) return `${m[1] ?? ''}${m[2] ?? ''}`;
  return w;
}

// Words ending in -ise that are spelled the same in American English.
const NOT_ISE = new Set([
  'rise',
  'arise',
  'wise',
  'otherwise',
  'likewise',
  'clockwise',
  'raise',
  'praise',
  'promise',
  'compromise',
  'premise',
  'exercise',
  'advise',
  'devise',
  'revise',
  'supervise',
  'televise',
  'improvise',
  'precise',
  'concise',
  'surprise',
  'expertise',
  'enterprise',
  'franchise',
  'merchandise',
  'noise',
  'cruise',
  'disguise',
  'despise',
  'comprise',
  'surmise',
  'chastise',
  'circumcise',
  'excise',
  'incise',
  'demise',
  'paradise',
  'poise',
  'porpoise',
  'tortoise',
  'mortise',
  'treatise',
  'bruise',
  'guise',
  'chemise',
  'reprise',
  'anise',
  'vise',
  'valise',
  'upraise',
  'appraise',
]);
// Stems of words spelled -our in British and -or in American English.
const OUR_STEMS = new Set([
  'col',
  'fav',
  'behavi',
  'hon',
  'lab',
  'neighb',
  'flav',
  'harb',
  'hum',
  'rum',
  'sav',
  'endeav',
  'vap',
  'vig',
  'rig',
  'ard',
  'clam',
  'glam',
  'val',
  'arm',
  'odo',
  'splend',
  'tum',
  'parl',
  'savi',
  'misbehavi',
  'dishon',
  'discol',
]);
