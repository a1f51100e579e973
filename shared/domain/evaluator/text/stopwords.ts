/** English function words: ignored when comparing content, counted when checking the language. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all am an and any are aren't as at be because been before being below " +
    "between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during " +
    "each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's " +
    "hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's " +
    "me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over " +
    "own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs " +
    "them themselves then there there's these they they'd they'll they're they've this those through to too " +
    "under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where " +
    "where's which while who who's whom why why's will with won't would wouldn't you you'd you'll you're " +
    "you've your yours yourself yourselves also just really um uh like yeah okay ok well get got go going gone " +
    'one thing things lot lots much many way even still yet etc always never every'
  ).split(' '),
);

/**
 * Words every interview question uses that say nothing about its topic ("Tell me about a time…").
 * Left out of relevance and pseudo key points.
 */
export const QUESTION_FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    'tell describe give example time situation explain walk share talk think would could recall specific ' +
    'particular instance occasion discuss answer question please briefly approach handle handled deal dealt ' +
    'experience ever did do happened happen what how why when someone something us me you your ' +
    'yourself kind sort type make made take took use used know want good best better difficult hard ask asks asked ' +
    'challenging tough recent recently past previous current last let first'
  ).split(' '),
);

/** Function words of other languages written in Latin script, for the not-English check. */
export const OTHER_LANGUAGE_STOP_WORDS: ReadonlySet<string> = new Set(
  // Spanish
  (
    'el la los las un una unos que y en de del por para con es son está estaba fue pero como muy yo nosotros ' +
    'mi mis su sus lo le se al más cuando porque equipo trabajo ' +
    // French
    'le les des du une et est sont était je nous vous il elle ils avec pour dans sur pas qui au aux ce cette ' +
    'mon ma mes notre mais très ' +
    // German
    'der die das den dem ein eine einen und ist sind war ich wir sie er es mit für auf nicht zu im auch ' +
    'aber wie sehr mein meine unser ' +
    // Portuguese / Italian / Dutch
    'não uma com os eu nós foi muito il di che è sono ero con non per una gli het een niet ik wij zijn ' +
    'voor maar ook'
  ).split(' '),
);
