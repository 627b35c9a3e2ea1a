import { DEPENDANT, RELATION, re, type FlagRule } from './rule.js';

/** Who does the harm in "my partner hits me", "he strangled me", "they hurt her". */
const DOER = `(?:he|she|they|someone|somebody|(?:my|her|his|their|our|the) (?:older |younger |ex[- ])?${RELATION}|${RELATION})`;

/** Harm done to someone. "hurt" and "touch" only with a doer, never alone ("it hurts me to walk"). */
const HARM =
  '(?:hits?|hitting|beats?|beating|beat|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|push(?:es|ed|ing)?|' +
  'shov(?:es|ed|ing)|chok(?:es|ed|ing)|strangl(?:es|ed|ing)|throttl(?:es|ed|ing)|rap(?:es|ed)|molest(?:s|ed|ing)?|' +
  'touch(?:es|ed|ing)?|hurts?|hurting|attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|bit|bites|burn(?:s|t|ed)|threw|' +
  'throws|grab(?:s|bed)|batter(?:s|ed)|abus(?:es|ed|ing)|bruis(?:es|ed)|lock(?:s|ed) up|locks|locked)';

/** Who is harmed. */
const HARMED = `(?:me|us|her|him|them|my (?:kids?|children|son|daughter|baby|${RELATION}))`;

/**
 * Abuse, neglect, domestic violence and other safeguarding concerns about a child or a vulnerable
 * adult, past or present (not resolvable: old abuse is still a safeguarding matter). Abuse of staff
 * by patients, and "drug/alcohol abuse" services, are left out; abuse of a patient by staff is in.
 */
export const ABUSE_NEGLECT_RULES: readonly FlagRule[] = [
  {
    id: 'abuse-neglect.domestic-abuse',
    kind: 'abuse-neglect',
    pattern: re(
      '\\bdomestic (?:violence|abuse)|\\bdva?\\b|\\bcoercive(?:ly)? control\\w*|\\bhonou?r[- ]based|\\bforced marriage',
      '|\\bfgm\\b|\\bfemale genital|\\bmodern slavery|\\btraffick\\w*|\\bgroom(?:ing|ed)\\b',
      "|\\b(?:not|don't feel|never feel|never) safe (?:at|in my|in our|to go) home|\\bunsafe (?:at|in my) home",
      `|\\b(?:scared|frightened|afraid|terrified) (?:of|to go home to|to go back to) (?:my |our |her |his |their )?(?:${RELATION}|him|her)\\b`,
      `|\\b(?:${RELATION}|he|she) (?:\\w+ )?controls (?:everything|me|my|what i|where i|who i)`,
      `|\\bcontrolling (?:${RELATION}|relationship)`,
    ),
  },
  {
    id: 'abuse-neglect.physical-or-sexual',
    kind: 'abuse-neglect',
    pattern: re(
      `\\b${DOER} (?:(?:\\w+ly|still|keeps?|always|sometimes|often|again|has|had|have|was|is|been|just) )*${HARM} ${HARMED}\\b`,
      `|\\b(?:hit|beaten|punched|kicked|slapped|pushed|attacked|assaulted|abused|raped|touched|hurt|bullied|molested|strangled|choked|groomed) by (?:my|his|her|their|a|an|the|our) (?:\\w+ ){0,2}?${RELATION}`,
      '|\\b(?:hits|beats|kicks|punches|slaps|chokes|strangles) (?:me|us)\\b',
      '|\\bsexual(?:ly)? (?:assault\\w*|abus\\w*|touch\\w*|harass\\w*)|\\brap(?:e|ed|ing|ist)\\b|\\bmolest\\w*|\\bindecent\\w*',
      '|\\binappropriate(?:ly)? touch\\w*|\\btouch\\w* (?:me |her |him )?inappropriately',
    ),
    unless: re(
      '\\bbeats? me (?:why|how|what|when|where|who)|\\bbeat (?:me|us|him|her) to it|\\b(?:hit|push) (?:me|us) (?:up|through)',
      '|\\bpush(?:es|ed|ing)? (?:me|us|him|her|them) (?:to|for|into)\\b',
    ),
  },
  {
    id: 'abuse-neglect.violence',
    kind: 'abuse-neglect',
    pattern: re('\\bviolen(?:ce|t|tly)\\b'),
    unless: re(
      '\\bviolent(?:ly)? (?:(?:\\w+ )?(?:vomit\\w*|sick|cough\\w*|diarrh\\w*|shak\\w*|headaches?|pains?|itch\\w*|sneez\\w*|reaction))',
    ),
  },
  {
    id: 'abuse-neglect.abuse',
    kind: 'abuse-neglect',
    pattern: re('\\babus(?:e|ed|es|ing|ive|er|ers)\\b'),
    unless: re(
      '\\b(?:drugs?|alcohol|substance|solvent|drink|opioid|steroid|laxative)s? (?:and (?:drugs?|alcohol|substance)s? )?(?:mis)?abuse',
      '|\\babuse (?:from|by) (?:a |another |other |some |the )?(?:patients?|people|customers?|callers?|(?:members of )?the public)',
      '|\\babus\\w* (?:to|towards?|of|at|against) (?:all )?(?:the |our |your )?(?:staff|receptionists?|reception|doctors?|nurses?|team|workers?|employees|nhs|services)',
      '|\\b(?:zero tolerance|tolerate|tolerance)(?: \\w+){0,3} abuse|\\btook (?:\\w+ ){0,2}abuse|\\bopen to abuse',
      '|\\babus\\w* (?:of )?(?:the|this) (?:system|service|appointments?|nhs)|\\babusive (?:patients?|people|callers?|customers?)',
    ),
  },
  {
    id: 'abuse-neglect.neglect',
    kind: 'abuse-neglect',
    pattern: re('\\bneglect\\w*'),
    unless: re(
      '\\b(?:building|place|garden|decor|premises|waiting room|surgery|practice|site|car ?park|toilets?)(?: \\w+)? (?:looks?|is|seems?|was|feels?)(?: \\w+)? neglected',
      '|\\bneglected (?:building|garden|look|feel|appearance|state)',
      '|\\b(?:i|we) (?:felt|feel|was|were|am|are|have been)(?: \\w+)? neglected by (?:the|my|this|our) (?:surgery|practice|gp|doctors?|staff|nhs|system|service|receptionists?)',
    ),
  },
  {
    id: 'abuse-neglect.safeguarding',
    kind: 'abuse-neglect',
    pattern: re('\\bsafe ?guard\\w*|\\bsafegaurd\\w*'),
    unless: re(
      '\\bsafeguard(?:ing)? (?:patient |our |my |your )?(?:data|information|records|privacy|details)',
      '|\\bsafeguarding (?:posters?|training|leaflets?|polic(?:y|ies)|notices?|board|lead)',
    ),
  },
  {
    id: 'abuse-neglect.left-without-care',
    kind: 'abuse-neglect',
    pattern: re(
      '\\b(?:left|leaves?|leaving) (?:\\w+ ){0,3}?(?:on (?:their|his|her) own|alone|home alone|unattended|without (?:food|water|heating|his|her|their))',
      '|\\b(?:left|leaves?|leaving) (?:\\w+ ){0,2}?in (?:soiled|dirty|wet|urine|faeces|poo|their own|his own|her own)',
      "|\\b(?:isn't|not|aren't|never|don't|doesn't) (?:being )?(?:feeding|fed|washing|washed|changing|changed|giving (?:him|her|them) (?:food|water|drink|(?:his|her|their) (?:meds|tablets)))(?: (?:him|her|them|my \\w+|the \\w+|properly))",
      '|\\bbed ?sores?|\\bpressure sores?|\\bstarv(?:ing|ed)\\b',
    ),
    context: re(DEPENDANT),
  },
  {
    id: 'abuse-neglect.unexplained-injury',
    kind: 'abuse-neglect',
    pattern: re('\\bbruis\\w*|\\bburns? (?:on|marks)|\\bmarks on (?:his|her|their|my) (?:neck|face|body|arms?|legs?)'),
    context: re(DEPENDANT),
    negatable: true,
    unless: re(
      '\\bbruis\\w* (?:after|from|where|at) (?:the |my |his |her )?(?:blood|jab|injection|vaccin|test|football|site)',
    ),
  },
  {
    id: 'abuse-neglect.stalking-disclosure',
    kind: 'abuse-neglect',
    pattern: re(
      `\\bstalk(?:ing|ed|er|s)\\b|\\b${DOER} (?:\\w+ ){0,2}?harass\\w*`,
      '|\\b(?:did|does|done|doing|do) (?:things|stuff|something|bad things|horrible things|sexual things) to (?:me|her|him|us|them)\\b',
      '|\\bdrugged up|\\bkeep (?:\\w+ ){0,2}(?:drugged|sedated)|\\bover-?sedat\\w*|\\bchemical(?:ly)? restrain\\w*',
      '|\\b(?:scared|frightened|afraid|fear) for (?:the |my |our |her |his )?(?:kids|children|baby|son|daughter|safety|life|lives)\\b',
    ),
  },
  {
    id: 'abuse-neglect.carer-under-strain',
    kind: 'abuse-neglect',
    pattern: re(
      '\\b(?:shak(?:e|ing|en|es)|shook) (?:the |my |our )?(?:baby|him|her|them|son|daughter|child|toddler)\\b(?! (?:hand|hands|off))',
      '|\\blos(?:e|ing|t) my temper (?:with|at|and)\\b',
    ),
    context: re(DEPENDANT),
  },
  {
    id: 'abuse-neglect.signs-of-neglect',
    kind: 'abuse-neglect',
    pattern: re(
      '\\b(?:always|often|usually|every day|constantly|comes in|turns up) (?:\\w+ ){0,3}?(?:hungry|filthy|dirty|unwashed|smelly|starving)',
      '|\\b(?:hungry|filthy|dirty|unwashed|smelly) and (?:hungry|filthy|dirty|unwashed|smelly|cold|bruised|scared)',
      "|\\b(?:no (?:heating|food|electricity)|(?:hasn't|has not|not|isn't|hadn't) (?:eaten|eating))(?: (?:for|in) (?:days|ages|a week|weeks))?",
      '|\\bnot coping\\b',
      "|\\b(?:parents?|mum|dad|mother|father) (?:don't|doesn't|do not|does not|never) (?:care|bother|feed|look after|watch)",
    ),
    context: re(DEPENDANT, '|\\bneighbour'),
  },
  {
    id: 'abuse-neglect.financial-or-control',
    kind: 'abuse-neglect',
    pattern: re(
      '\\b(?:takes?|took|taking|steal\\w*|stole|stolen|keeps?|keeping|controls?|controlling) (?:all )?(?:my|her|his|their) (?:pension|money|benefits|bank ?card|cards?|savings|wages|phone|passport)',
      '|\\b(?:stealing|stole|steals|taking money) from (?:my|her|his|them|him|me)\\b|\\bmoney (?:going|gone|keeps going) missing',
      `|\\b(?:${RELATION}|he|she) (?:won't|will not|doesn't|does not|wouldn't|never) (?:let|allow) (?:me|her|him|us) (?:have|see|go|leave|talk|speak|use|out|buy|eat|contact|keep)`,
      '|\\bkeep (?:it |this |things )?(?:a )?secrets?\\b',
    ),
  },
];
