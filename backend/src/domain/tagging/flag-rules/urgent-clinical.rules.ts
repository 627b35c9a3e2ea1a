import { re, type FlagRule } from './rule.js';

/**
 * Red-flag symptoms that may be happening now (NHS 999 and 111 advice: chest pain, breathing,
 * stroke signs, heavy bleeding, sepsis and meningitis signs, collapse, seizures, anaphylaxis,
 * overdose, a child who is floppy, unresponsive or dry). All of them honour negation ("no chest
 * pain") and are cancelled by a distant past or an "already handled" cue in the same sentence
 * ("my mum's heart attack last year was handled well"); see context-cues.ts.
 */
export const URGENT_CLINICAL_RULES: readonly FlagRule[] = [
  {
    id: 'urgent-clinical.chest-pain',
    kind: 'urgent-clinical',
    pattern: re(
      '\\bchest ?(?:pains?|ache|aching|hurts?|hurting|is (?:hurting|killing me|(?:really |so |very )?tight)|tightness|pressure)',
      '|\\b(?:pains?|tightness|pressure|crushing|heaviness|ache) (?:in|across|on|around) (?:my|his|her|the|their) chest',
      '|\\btight(?:ness)? (?:in )?(?:my |his |her |the )?chest|\\bcrushing (?:\\w+ )?(?:chest|in (?:my|his|her) chest)',
      '|\\bchest (?:feels|is|has been|went|goes|gets)(?: \\w+){0,2} (?:heavy|tight|crushed|crushing|squeezed)\\b|\\bheavy chest\\b',
      '|\\bheart attack|\\bcardiac arrest|\\bangina attack',
    ),
    unless: re(
      '\\bchest pain (?:clinic|service|team|referral|pathway|nurse)|\\brapid access chest|\\bcardiac rehab\\w*',
      '|\\b(?:after|since|following|recover(?:y|ed|ing)? from) (?:a |my |his |her |the |their )?heart attack',
      "|\\b(?:nearly|almost|practically|near enough|about to|could have|could've|would have|would've|going to|will) (?:\\w+ ){0,2}?heart attack",
      '|\\b(?:gave|give|gives|giving|given) (?:me|him|her|us|them|you) (?:a )?heart attack',
    ),
  },
  {
    id: 'urgent-clinical.breathing',
    kind: 'urgent-clinical',
    pattern: re(
      "\\b(?:can't|cannot|can not|couldn't|could not|struggling to|struggle to|unable to|hard to|fighting to|trying to)",
      ' (?:breathe?|breath|breathing|breth|get (?:my |a )?breath|catch (?:my|his|her|their) breath)\\b',
      '|\\b(?:difficulty|trouble|problems?|struggling|struggle) (?:with )?(?:breathing|breathe?|breath)\\b',
      "|\\b(?:not|stopped|isn't|is not) breathing|\\bgasping|\\bfighting for (?:breath|air)",
      '|\\bbreathing (?:really |very |so |is )*(?:fast|quick|quickly|heavily|badly|funny|strange|shallow|noisy|rapid)',
      '|\\b(?:can|could) (?:hardly|barely|only just) (?:breathe?|breath|catch)|\\basthma attack',
      "|\\binhalers? (?:isn't|is not|not|aren't|are not|doesn't|does not|don't) (?:\\w+ )?(?:help|helping|work|working)",
      '|\\bshort(?:ness)? of breath|\\bbreathless|\\bwheez\\w* (?:badly|so bad|really bad)|\\binhaler (?:is )?not (?:helping|working)',
    ),
    unless: re("\\b(?:couldn't|can't|could not|cannot) (?:breathe?|breath) (?:for|from|with) (?:laugh|giggl)\\w*"),
  },
  {
    id: 'urgent-clinical.stroke',
    kind: 'urgent-clinical',
    pattern: re(
      '\\bstroke\\b',
      '|\\b(?:face|mouth|smile) (?:has |is |was )?(?:gone |going )?(?:dropped|drooping|droopy|fallen|lopsided)',
      '|\\b(?:droop\\w*|dropped|fallen) (?:on )?(?:one|the|his|her|my) (?:side|face)',
      '|\\bslurr\\w* (?:speech|words|talking)|\\bspeech (?:is |was |has |has gone |gone )?slurr\\w*',
      "|\\b(?:can't|cannot|unable to|couldn't) (?:lift|raise|move) (?:my|his|her|their|it|one)\\b",
      '|\\b(?:arm|leg|face|side) (?:is |has |was )?(?:gone |going )?(?:numb|weak|dead|tingling)\\b|\\bsudden (?:weakness|numbness|confusion)',
    ),
    unless: re(
      '\\bstroke of (?:luck|genius)|\\bheat ?stroke|\\b(?:brush|key|back|breast) ?stroke',
      '|\\bstroke (?:clinic|nurse|team|unit|review|ward|service|specialist|consultant|rehab\\w*|survivors?|patients?|club|group)',
      '|\\b(?:after|since|effects of|following|recover(?:y|ed|ing)? from|result of) (?:a|my|his|her|their|the) (?:\\w+ )?stroke',
    ),
  },
  {
    id: 'urgent-clinical.bleeding',
    kind: 'urgent-clinical',
    pattern: re(
      "\\b(?:bleeding|bleed|bled|blood) (?:\\w+ ){0,3}?(?:won't|will not|doesn't|does not|isn't|not|hasn't|has not) (?:stop|stopping|stopped)",
      "|\\b(?:won't|will not|can't|cannot|couldn't) stop (?:the )?(?:bleeding|bleed)",
      '|\\b(?:bleeding|bleed|bled) (?:really |very |so )?(?:heavily|loads|a lot|badly|lots|profusely|everywhere|non ?stop|so much)',
      '|\\bheavy bleeding|\\bhaemorrhag\\w*|\\bhemorrhag\\w*|\\bblood everywhere|\\blots of blood|\\bpouring (?:with )?blood',
      '|\\b(?:vomit\\w*|throw\\w* up|being sick|cough\\w*|spitting|spat|passing) (?:up )?(?:\\w+ )?blood\\b',
      '|\\bpregnant\\b(?: \\w+){0,4} (?:and |with )?bleeding|\\bbleeding\\b(?: \\w+){0,4} pregnant',
      "|\\bwaters (?:have |has )?(?:broken|broke|gone)|\\b(?:baby|babies) (?:hasn't|has not|not|isn't|stopped) (?:been )?mov(?:ed|ing)|\\breduced (?:fetal |foetal )?movements",
    ),
  },
  {
    id: 'urgent-clinical.sepsis-meningitis',
    kind: 'urgent-clinical',
    pattern: re(
      '\\bsepsis|\\bseptic\\b|\\bmeningitis|\\bnon[- ]?blanching',
      "|\\b(?:rash|spots?)(?: \\w+){0,2} (?:that |which )?(?:doesn't|does not|don't|won't|didn't|did not|isn't) (?:fade|go away|disappear|go (?=when|under|with|if))",
      '|\\bglass test|\\bpress(?:ed|ing)? (?:a |the )?glass|\\bmottled',
      '|\\b(?:skin|lips|face|hands?|fingers|he|she|baby|they) (?:\\w+ )?(?:is |are |has |have |going |gone |turning |turned |look |looks )+(?:blue|grey|gray|purple)\\b',
      '|\\bblue lips|\\b(?:temp|temperature|fever) (?:of |is |was |at |reading |over |above )*(?:39\\.[5-9]|4[0-2])',
    ),
    unless: re('\\bsepsis (?:awareness|posters?|leaflets?|training)|\\bseptic tank'),
  },
  {
    id: 'urgent-clinical.collapse-seizure',
    kind: 'urgent-clinical',
    pattern: re(
      '\\bunresponsive|\\bunconscious|\\bnot responding|\\bnon[- ]?responsive',
      "|\\b(?:won't|will not|can't|cannot|couldn't) (?:wake (?:up|him|her|them)|wake\\b)|\\bnot waking(?! (?:me|us|you))|\\bfloppy\\b|\\bgone limp",
      '|\\bcollaps(?:ed|ing|es)\\b|\\bpassed out|\\bblacked out|\\bkeeled over',
      "|\\bseizures?\\b|\\bconvuls\\w*|\\b(?:is|are|he's|she's|keeps?|started|been|baby|son|daughter|child) (?:\\w+ )?(?:having (?:a )?(?:fit|fits)|fitting)\\b",
      "|\\b(?:feel|feels|felt|feeling) like (?:i'm|i am|he's|she's|i was|they're) dying|\\bi think (?:i'm|he's|she's|they're|my \\w+ is) dying",
    ),
    unless: re(
      '\\b(?:seizure|epilepsy) (?:clinic|review|nurse|medication|meds|tablets|free)|\\bseizures? (?:are |is |have been )?(?:\\w+ )?(?:under control|controlled|stopped)|\\bcollapsed (?:lung|ceiling|roof)',
      '|\\bdying (?:of|for|to) (?:bored|boredom|embarrass\\w*|laugh\\w*|thirst|hunger|a )',
    ),
  },
  {
    id: 'urgent-clinical.anaphylaxis',
    kind: 'urgent-clinical',
    pattern: re(
      '\\banaphyla\\w*|\\banaphalax\\w*|\\b(?:throat|tongue|lips?|face|mouth|airway) (?:is |are |has |have |keeps? |started |starting )?(?:\\w+ )?(?:swell\\w*|swollen|closing)',
    ),
  },
  {
    id: 'urgent-clinical.neuro-eyes',
    kind: 'urgent-clinical',
    pattern: re(
      '\\bworst headache|\\bthunderclap|\\bsudden(?:ly)? (?:\\w+ )?headache|\\bheadache (?:and|with) (?:a )?stiff neck',
      '|\\bsudden (?:\\w+ )?(?:loss of (?:vision|sight)|blindness|blind)|\\b(?:lost|losing|loss of) (?:the )?(?:vision|sight) (?:in|of) (?:one|my|his|her|both)',
      '|\\bhead injury (?:and|with) (?:vomit|being sick|drows|confus)',
    ),
  },
  {
    id: 'urgent-clinical.child-dehydration-diabetes',
    kind: 'urgent-clinical',
    pattern: re(
      "\\b(?:no|not had a|hasn't had a|not had any|not had a single|no) wet nappy|\\bno wet nappies",
      "|\\b(?:not|hasn't|has not|haven't) (?:weed|peed|passed urine|had a wee)(?: all day| since| for)",
      '|\\b(?:sugars?|glucose|bms?|blood sugar|reading) (?:is |are |of |at |reading |was |over |above )*(?:2[5-9]|[3-9]\\d)\\b',
      '|\\bketoacidosis|\\bdka\\b|\\bketones? (?:are |is )?(?:high|very high|over)',
    ),
  },
  {
    id: 'urgent-clinical.infant',
    kind: 'urgent-clinical',
    pattern: re(
      '\\b(?:temperature|temp|fever|high temp)\\b',
      "|\\b(?:won't|not|isn't|hasn't been|stopped|refusing to|refuses to) (?:feed|feeding|take (?:a |her |his )?(?:bottle|milk|feed))\\b",
    ),
    // NICE NG143: any fever in a baby under 3 months is a red flag; poor feeding in a young baby too.
    context: re('\\b(?:newborn|new born|\\d+ (?:days?|weeks?) old|(?:1|2|3|one|two|three) months? old)\\b'),
  },
  {
    id: 'urgent-clinical.head-injury',
    kind: 'urgent-clinical',
    pattern: re('\\b(?:banged|hit|bumped|knocked|bashed|fell on) (?:his|her|my|their) head\\b'),
    context: re(
      '\\b(?:sick|vomit\\w*|drows\\w*|confus\\w*|sleepy|unconscious|knocked out|seizure|fit|fitting|bleeding from)',
    ),
  },
  {
    id: 'urgent-clinical.swallowed',
    kind: 'urgent-clinical',
    pattern: re(
      '\\b(?:swallowed|took|taken|eaten|ate|drank|got into) (?:a load of|loads of|some of|a few of|some|a few|a handful of|several|the|my|his|her)',
      "(?: [\\w']+){0,3}? (?:pills|tablets|medicine|meds|paracetamol|calpol|bleach|batter(?:y|ies)|washing (?:pod|tablet|capsule)s?)",
    ),
    context: re(
      '\\bby accident|\\baccidental(?:ly)?|\\b\\d+ ?(?:years?|yrs?|months?) old|\\btoddler|\\bbaby|\\bmy (?:son|daughter|child|kid)',
    ),
  },
  {
    id: 'urgent-clinical.abdomen',
    kind: 'urgent-clinical',
    pattern: re(
      '\\bappendi(?:x (?:has )?(?:burst|ruptured)|citis)|\\b(?:burst|ruptured) appendix|\\bectopic',
      "|\\b(?:i'm|i am|he's|she's|is|been|currently) in (?:absolute |real |total |complete )?agony\\b",
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
];
