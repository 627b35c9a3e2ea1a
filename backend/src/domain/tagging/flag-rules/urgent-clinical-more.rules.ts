import { near, nearEither, re, type FlagRule } from './rule.js';

/** A baby or child in the sentence: context for signs that are red flags in the young. */
const CHILD = re(
  '\\b(?:baby|babies|newborn|new born|infant|toddler|little one|\\d+ ?(?:days?|weeks?|months?|m) old|(?:month|week|day)[- ]old',
  '|son|daughter|child|kid|boy|girl|grandson|granddaughter|\\d+ ?(?:yo|years? old|yr old))\\b',
);

/** Sepsis signs (NHS: slurred speech or confusion, shivering, no urine, mottled skin, breathless). */
const SEPSIS_SIGN =
  '\\b(?:clammy|shivering|shaking uncontrollably|uncontrollable shaking|rigou?rs|mottled|blotchy|cold (?:hands|feet|to (?:the )?touch)|' +
  "very confused|confused|not making sense|hasn't (?:weed|peed)|no (?:wee|urine)|breathing (?:really )?fast|heart racing|" +
  '(?:looks?|looking|gone|went|turned|is|was) (?:very |really )?(?:grey|gray|pale))\\b';

/** Signs of a seriously ill baby or child (NICE NG143 traffic-light red and amber features). */
const ILL_CHILD =
  "\\b(?:floppy|lethargic|listless|sleepy|drowsy|hard to wake|difficult to wake|won't wake|can't wake|not (?:him|her)self|" +
  "(?:soft spot|fontanelle|eyes) (?:is |are |looks? |look )?sunken|no tears|(?:isn't|not) crying (?:any )?tears|" +
  'off (?:her|his|their) (?:feeds?|food|milk|bottle)|not (?:feeding|drinking|taking (?:a |her |his )?(?:bottle|feeds?|milk|fluids))|' +
  'refus\\w* (?:\\w+ )?(?:feeds?|bottle|milk|fluids|drinks?)|no wet nappies|dry nappies|sunken (?:eyes|fontanelle|soft spot)|' +
  "high[- ]pitched (?:cry|crying|scream\\w*)|inconsolable|won't stop crying|grunt\\w*|mottled)\\b";

const SWALLOWED = '\\b(?:swallow\\w*|took|taken|ate|eaten|eating|drank|drunk|drinking|chewed|chewing|licked|got into)';
const HARMFUL =
  '(?:magnets?|batter(?:y|ies)|button|coins?|pills?|tablets|medicine|meds|calpol|paracetamol|bleach|detergent|' +
  'washing (?:pod|tablet|capsule|liquid)s?|pods?|capsules?|chemicals?|cleaner|cleaning|screws?|e-?cig\\w*|' +
  'vape liquid|antifreeze|weed ?killer|slug pellets|poison\\w*|berries|dishwasher \\w+|washing up \\w+|liquid|' +
  'disinfectant|dettol|nail varnish|perfume|vodka|gin|wine|alcohol|oil|white spirit|paint)\\b';

/**
 * More red flags, as concepts: sepsis and meningitis signs together, a rash that does not fade,
 * collapse and fits, anaphylaxis (swelling of the face or throat), very high sugars, a seriously
 * ill baby or child, something swallowed, a head injury with a warning sign, acute abdomen, no
 * urine, a hot swollen calf, mental health crisis, overdose. Negation and "already handled" apply.
 * Left out: "I nearly had a fit when I saw the queue", a fit note, a faint line, a mild rash sorted
 * by the nurse, migraines for years.
 */
export const URGENT_CLINICAL_MORE_RULES: readonly FlagRule[] = [
  {
    id: 'urgent-clinical.sepsis-meningitis',
    kind: 'urgent-clinical',
    pattern: re(
      '\\bsepsis|\\bseptic\\b|\\bmeningitis|\\bnon[- ]?blanching',
      "|\\b(?:rash|spots?|marks|dots)(?: \\w+){0,2} (?:that |which )?(?:doesn't|does not|don't|won't|didn't|did not|isn't|aren't) (?:fade|go away|disappear|go (?=when|under|with|if))",
      '|\\bglass test|\\bpress(?:ed|ing)? (?:a |the )?glass|\\bmottled|\\b(?:purple|dark red|pinprick|pin ?prick|bruise-like) (?:\\w+ )?(?:spots|rash|marks|dots|blotches)',
      '|\\b(?:skin|lips|face|hands?|fingers|he|she|baby|they) (?:\\w+ )?(?:is |are |has |have |going |gone |turning |turned |look |looks )+(?:blue|grey|gray|purple)\\b',
      '|\\bblue lips|\\b(?:temp|temperature|fever) (?:of |is |was |at |reading |over |above |been |has been |still )*(?:39(?:\\.\\d)?|4[0-2](?:\\.\\d)?)\\b',
      "|\\b(?:high|raging|very high|really high) (?:temp\\w*|fever) (?:\\w+ ){0,4}?(?:won't|not|isn't|for \\d+ days|for days|despite|even with)",
    ),
    unless: re('\\bsepsis (?:awareness|posters?|leaflets?|training)|\\bseptic tank'),
  },
  {
    id: 'urgent-clinical.sepsis-signs',
    kind: 'urgent-clinical',
    pattern: re(SEPSIS_SIGN),
    context: re(
      '\\b(?:temp(?:erature)?|fever\\w*|burning up|infection|uti|poorly|unwell|vomit\\w*|being sick|antibiotics|chemo\\w*)\\b',
    ),
  },
  {
    id: 'urgent-clinical.infection-on-chemo',
    kind: 'urgent-clinical',
    pattern: re('\\b(?:fever\\w*|temp(?:erature)?|shak\\w*|shiver\\w*|rigou?rs|unwell|poorly|infection)\\b'),
    context: re('\\b(?:chemo\\w*|neutropeni\\w*|immunosuppress\\w*|on steroids|transplant)\\b'),
  },
  {
    id: 'urgent-clinical.stiff-neck',
    kind: 'urgent-clinical',
    pattern: re('\\bstiff neck\\b|\\bneck (?:is |was )?stiff\\b'),
    context: re(
      '\\b(?:temp(?:erature)?|fever\\w*|rash|light|headache|vomit\\w*|drows\\w*|sleepy|baby|child|son|daughter)\\b',
    ),
  },
  {
    id: 'urgent-clinical.collapse-seizure',
    kind: 'urgent-clinical',
    pattern: re(
      '\\bunresponsive|\\bunconscious|\\bnot responding|\\bnon[- ]?responsive|\\b(?:hard|difficult) to (?:wake|rouse)',
      "|\\b(?:won't|will not|can't|cannot|couldn't) (?:wake (?:up|him|her|them)|wake\\b|rouse)|\\bnot waking(?! (?:me|us|you))|\\bfloppy\\b|\\bgone limp",
      '|\\bcollaps(?:ed|ing|es)\\b|\\bpass(?:ed|ing|es)? out|\\bblacked out|\\bkeeled over|\\bfaint(?:ed|ing|s)\\b',
      '|\\b(?:feel|feels|felt|feeling|go|goes|went|going|keep|keeps|kept) (?:\\w+ )?faint\\b',
      "|\\bseizures?\\b|\\bconvuls\\w*|\\b(?:is|are|he's|she's|keeps?|started|been|baby|son|daughter|child) (?:\\w+ )?(?:having (?:a )?(?:fit|fits)|fitting)\\b",
      '|\\b(?:had|having|has had|have had|in|during|after|another|keeps having) (?:a )?(?:fit|fits|funny turn)\\b',
      "|\\b(?:feel|feels|felt|feeling) like (?:i'm|i am|he's|she's|i was|they're) dying|\\bi think (?:i'm|he's|she's|they're|my \\w+ is) dying",
    ),
    unless: re(
      nearEither(
        '\\b(?:stuffy|hot|packed|crowded|heat|queue|price|bill|cost)',
        '(?:pass(?:ed|ing)? out|faint\\w*)\\b',
        8,
      ),
      '|' +
        '\\b(?:seizure|epilepsy) (?:clinic|review|nurse|medication|meds|tablets|free)|\\bseizures? (?:are |is |have been )?(?:\\w+ )?(?:under control|controlled|stopped)|\\bcollapsed (?:lung|ceiling|roof)',
      '|\\bdying (?:of|for|to) (?:bored|boredom|embarrass\\w*|laugh\\w*|thirst|hunger|a )',
      "|\\b(?:nearly|almost|would have|will have|going to have|'d have|gonna have|could have) (?:had |have )?a (?:fit|seizure)|\\bfits? of (?:giggles|laughter|laughing|rage|temper|pique|coughing)\\b",
      '|\\bfaint\\w* (?:\\w+ ){0,3}?(?:after|at|during|when|from|having) (?:the |her |his |my |a )?(?:jab|injection|vaccin\\w*|blood test|bloods|needle|smear)',
      '|\\bfaint (?:line|smell|hope|chance|idea|heart|sound|mark|outline|praise)|\\bfit (?:note|and well|to work|for work)',
      '|\\b(?:nearly|almost) (?:fainted|passed out|collapsed)(?: \\w+){0,3} (?:when|at) (?:i|they|she|he|the|seeing|hearing)\\b',
    ),
  },
  {
    id: 'urgent-clinical.anaphylaxis',
    kind: 'urgent-clinical',
    pattern: re(
      '\\banaphyla\\w*|\\banaphalax\\w*|\\bepi-?pens?\\b|\\badrenaline (?:pen|injection|auto)',
      '|' +
        nearEither(
          '\\b(?:throat|tongue|lips?|face|mouth|airway|eyes?)',
          '(?:swell\\w*|swollen|swelled|puff\\w* up|closing|tight\\w*|blew up|ballooned)\\b',
          3,
        ),
    ),
    unless: re('\\b(?:eyes?|face) (?:\\w+ ){0,2}?(?:swollen|puffy|puffed up) (?:from|with) crying|\\bswollen glands'),
  },
  {
    id: 'urgent-clinical.child-dehydration-diabetes',
    kind: 'urgent-clinical',
    pattern: re(
      "\\b(?:no|not had a|hasn't had a|not had any|not had a single|no) wet nappy|\\bno wet nappies",
      "|\\b(?:not|hasn't|has not|haven't) (?:weed|peed|passed urine|had a wee)(?: all day| since| for)",
      "|\\b(?:can't|cannot|unable to|couldn't) (?:wee|pee|pass (?:urine|water)|urinate)\\b|\\bno wee (?:since|for|all)",
      '|' +
        near(
          '\\b(?:sugars?|glucose|bms?|blood sugars?|ketones)',
          '(?:2[0-9]|[3-9]\\d)(?:\\.\\d)?\\b(?! ?(?:years?|mins?|minutes|hours?|days?|weeks?|%))',
          4,
        ),
      '|\\b(?:sugars?|glucose|bms?|ketones) (?:\\w+ ){0,3}?(?:really |very |dangerously |sky )?high\\b',
      '|\\bketoacidosis|\\bdka\\b|\\b(?:having|had|keep having|kept having|in) (?:a )?hypos?\\b',
    ),
  },
  {
    id: 'urgent-clinical.ill-child',
    kind: 'urgent-clinical',
    pattern: re(ILL_CHILD),
    context: CHILD,
    unless: re(
      nearEither(
        '\\b(?:jabs?|vaccin\\w*|immuni[sz]ations?|injections?|boosters?)',
        '(?:sleepy|drowsy|grizzly|not (?:him|her)self)\\b',
        8,
      ),
    ),
  },
  {
    id: 'urgent-clinical.infant',
    kind: 'urgent-clinical',
    pattern: re(
      '\\b(?:temperature|temp|fever|high temp|hot|burning up|feels? (?:really |very )?hot)\\b',
      "|\\b(?:won't|not|isn't|hasn't been|stopped|refusing to|refuses to) (?:feed|feeding|take (?:a |her |his )?(?:bottle|milk|feed))\\b",
    ),
    // NICE NG143: any fever in a baby under 3 months is a red flag; poor feeding in a young baby too.
    context: re(
      '\\b(?:newborn|new born|\\d+ ?(?:days?|weeks?|wks?)[- ]old|(?:1|2|3|one|two|three)[- ]months?[- ]old)\\b',
      "|\\b(?:baby|newborn|son|daughter|little one|she|he|she's|he's) (?:is |was )?(?:only |just )?\\d+ ?(?:days?|weeks?|wks?)\\b",
    ),
  },
  {
    id: 'urgent-clinical.swallowed',
    kind: 'urgent-clinical',
    pattern: re(near(SWALLOWED, HARMFUL, 5), '|\\bswallowed (?:a |an |some |the )?(?:magnet|battery|batteries|bleach)'),
    context: re(
      '\\bby accident|\\baccidental(?:ly)?|\\b\\d+ ?(?:years?|yrs?|months?) old|\\btoddler|\\bbaby|\\bmy (?:son|daughter|child|kid)',
      '|\\b(?:son|daughter|child|kid|grandson|granddaughter|nephew|niece)\\b|\\bmagnet|\\bbatter(?:y|ies)|\\bbleach',
    ),
  },
  {
    id: 'urgent-clinical.head-injury',
    kind: 'urgent-clinical',
    pattern: re(
      '\\b(?:banged|hit|bumped|knocked|bashed|smacked|cracked|fell on|landed on) (?:his|her|my|their) head\\b|\\bhead injury',
    ),
    context: re(
      '\\b(?:sick|vomit\\w*|drows\\w*|confus\\w*|sleepy|unconscious|knocked out|seizure|fit|fitting|bleeding|blood thinners|warfarin',
      '|apixaban|rivaroxaban|anticoagula\\w*|headache|baby|toddler|months? old)',
    ),
  },
  {
    id: 'urgent-clinical.abdomen',
    kind: 'urgent-clinical',
    pattern: re(
      '\\bappendi(?:x (?:has )?(?:burst|ruptured)|citis)|\\b(?:burst|ruptured) appendix|\\bectopic',
      "|\\b(?:i'm|i am|he's|she's|is|been|currently) in (?:absolute |real |total |complete )?agony\\b|\\bdoubled (?:over|up) (?:in|with)",
      '|\\b(?:excruciating|unbearable|agonising|agonizing) (?:\\w+ )?pain|\\bworst pain\\b',
      '|' + nearEither('\\b(?:testicles?|testicular|scrotum)', '(?:pain\\w*|swollen|swelling|agony|hurts?|ache)\\b', 4),
    ),
  },
  {
    id: 'urgent-clinical.dvt',
    kind: 'urgent-clinical',
    pattern: re(nearEither('\\b(?:calf|calves|leg)', '(?:hot|red|swollen|swelling)\\b', 4)),
    context: re(
      '\\b(?:flight|plane|long haul|pill|pregnan\\w*|operation|surgery|cast|plaster|breath\\w*|hot and|red and)\\b',
    ),
  },
  {
    id: 'urgent-clinical.mental-health-crisis',
    kind: 'urgent-clinical',
    pattern: re(
      "\\b(?:hearing voices|hallucinat\\w*|psychotic|psychosis|seeing things that (?:aren't|are not) there|manic episode|sectioned)\\b",
      "|\\b(?:i'm|i am|he's|he is|she's|she is|they're|currently|still) (?:\\w+ )?(?:in|having) (?:a )?(?:mental health )?crisis\\b",
      '|\\bnot slept (?:for|in) (?:days|\\d+ (?:days|nights))',
    ),
    unless: re(
      '\\bhistory of (?:\\w+ )?(?:psychosis|psychotic)|\\b(?:psychosis|crisis) (?:team|clinic|service|line|café|cafe|plan)',
    ),
  },
  {
    id: 'urgent-clinical.overdose',
    kind: 'urgent-clinical',
    pattern: re(
      "\\b(?:i've|i have|have|i|he's|she's|he has|she has|has|just) (?:just )?(?:taken|took|swallowed|had) (?:an? )?(?:overdose|od)\\b",
      '|\\b(?:took|taken|swallowed) (?:\\d{2,}|all|loads|lots|too many|a handful|a (?:whole|full) (?:box|packet|bottle|strip)',
      '|the whole (?:box|packet|bottle))(?: of)?(?: (?:my|his|her|the|them|these|those))? ?(?:\\w+ )?',
      '(?:tablets|pills|paracetamol|co-?codamol|ibuprofen|aspirin|meds|medication|antidepressants|sertraline|codeine)',
    ),
  },
  {
    id: 'urgent-clinical.emergency',
    kind: 'urgent-clinical',
    pattern: re(
      "\\b(?:it's|this is|it is) an emergency\\b|\\b(?:need|needs) an ambulance\\b",
      '|\\bcauda equina|\\baneurysm|\\bpulmonary embol\\w*|\\bblood clot (?:in|on) (?:my|his|her|the) (?:lungs?|leg|brain)|\\bdiabetic coma',
      '|\\bhypothermi\\w*|\\bcarbon monoxide|\\belectric shock|\\bconcuss\\w*|\\bpoison(?:ed|ing)\\b(?<!food poisoning)',
      "|(?<!like (?:i'm|i am) )\\bdrown(?:ed|ing)\\b(?! in (?:paperwork|debt|work|admin))",
      "|\\bthink (?:it's|it is|i've|he's|she's|it might be|it may be) (?:\\w+ )?(?:broken|fractured|dislocated)\\b",
      '|\\b(?:waiting|waited) (?:\\w+ ){0,3}?for (?:an |the )?ambulance|\\b(?:should|do) (?:i|we) (?:\\w+ )?(?:call|ring|phone|dial) (?:999|an ambulance)\\b|\\bshould (?:i|we) (?:go|take (?:him|her|them)) to (?:a ?& ?e|a and e|hospital)\\b',
    ),
  },
];
