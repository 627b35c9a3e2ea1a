import { nearEither, re, type FlagRule } from './rule.js';

/** A symptom or sign that can be an emergency, in any of its forms. */
const SYMPTOM =
  '\\b(?:pains?(?! ?killers| relief| clinic| management| team| service| medication| meds)|painful|agony|ache|aching|hurts?|hurting|bleed\\w*|vomit\\w*|being sick|throwing up|faint\\w*|' +
  'pass(?:ed|ing|es)? out|black(?:ed|ing)? out|dizz\\w*|collaps\\w*|breath\\w*|wheez\\w*|swell\\w*|swollen|numb\\w*|' +
  'weak\\w*|confus\\w*|drows\\w*|rash|temperature|temp|fever\\w*|headache|vision|sight|speech|palpitations|' +
  'cough\\w*|diarrh\\w*|shiver\\w*|shaking|seizures?|fitting|sweat\\w*|hearing|deaf\\w*|spinning|vertigo)\\b';

/** How bad or how sudden: "severe", "out of nowhere", "won't stop", "can't stand", "keeps passing out". */
const SEVERE =
  '\\b(?:sudden(?:ly)?|all of a sudden|out of (?:nowhere|the blue)|severe(?:ly)?|excruciating|agoni[sz]ing|unbearable|' +
  'worst(?= (?:\\w+ )?(?:pain|headache|ache|bleed|breath|cough|rash))|massive|extreme|extremely (?=painful|sore|swollen|dizzy|faint|weak|unwell|poorly|breathless)|really bad|so bad|spurt\\w*|pour\\w*|gush\\w*|non[- ]?stop|getting worse|worse and worse|' +
  "rapidly|won't (?:stop|go|settle|ease|go away|come down)|can't (?:stop|stand|walk|move|breathe|see|speak|talk|bear|keep)|" +
  'keeps? (?:passing|blacking|collapsing|being sick|vomiting|falling)|in agony|doubled (?:up|over)|screaming|' +
  'crying (?:in|with) pain|like (?:an elephant|a knife|a vice|a band|being stabbed|being hit|nothing)|' +
  "never (?:had|felt) (?:anything|pain|this)|(?:i've|i have) ever (?:had|felt))\\b";

/** Signs that are red flags on their own when they are happening now or started today. */
const RED =
  '\\b(?:faint\\w*|pass(?:ed|ing|es)? out|black(?:ed|ing)? out|collaps\\w*|drows\\w*|unconscious|unresponsive|' +
  "palpitations|breathless\\w*|short of breath|slurr\\w*|can't (?:see|speak|breathe|walk|move|swallow))\\b";

const NOW =
  '\\b(?:right now|at the moment|since (?:this morning|last night|yesterday|lunch ?time|\\d+ ?(?:am|pm))|this (?:morning|afternoon|evening)|' +
  'tonight|today|an hour ago|\\d+ hours? ago|all day|all night|keeps? (?:happening|coming back))\\b';

/** Skin colour that means poor circulation or oxygen: "lips look a funny colour", "leg gone white and cold". */
const BODY_COLOUR =
  "\\b(?:lips|face|skin|fingers|fingertips|toes|hands?|feet|foot|legs?|arms?)\\b(?: [\\w']+){0,4} (?:blue|grey|gray|purple|white|dusky|mottled|" +
  '(?:a )?(?:funny|strange|weird|odd) colou?r)\\b';

/**
 * The broad net under the specific urgent-clinical rules: any symptom next to a word for severity or
 * suddenness (within four words, either order), red-flag signs said to be happening now, a body part
 * gone blue, white or grey, and signs that need no qualifier (cannot bear weight after a fall, coffee
 * ground vomit, a child who cannot be kept awake). It flags chronic pain described as severe too: a
 * false alarm a person dismisses in seconds. Negation and "already handled" apply as everywhere.
 */
export const URGENT_CLINICAL_CONCEPT_RULES: readonly FlagRule[] = [
  {
    id: 'urgent-clinical.severe-symptom',
    kind: 'urgent-clinical',
    pattern: re(nearEither(SYMPTOM, SEVERE, 4)),
    unless: re(
      '\\b(?:breathless|faint\\w*|pass(?:ed)? out|dizzy|weak) (?:\\w+ )?(?:with|from) (?:excitement|anticipation|laugh\\w*|relief|shock at)',
      '|\\b(?:nearly|almost) (?:fainted|passed out|fell over|died|collapsed)(?: \\w+){0,3} (?:when|at) (?:i|they|she|he|the|seeing|hearing)\\b',
      '|\\bworst (?:\\w+ )?(?:service|experience|surgery|practice|receptionist|gp|doctor)\\b|\\bpain in the (?:neck|backside|arse|bum)\\b',
      "|\\bcan't (?:stand|bear) (?:the|that|this|your|their|her|him|them|waiting|being)\\b(?! (?:light|pain))",
      '|\\b(?:sudden(?:ly)?|massive) (?:\\w+ )?(?:cancell\\w*|change|improvement|appointment|queue|wait)',
    ),
  },
  {
    id: 'urgent-clinical.happening-now',
    kind: 'urgent-clinical',
    pattern: re(RED),
    context: re(NOW),
    unless: re(
      '\\b(?:nearly|almost) (?:fainted|passed out|collapsed)(?: \\w+){0,3} (?:when|at) (?:i|they|she|he|the|seeing|hearing)\\b',
      '|\\bfaint\\w* (?:\\w+ ){0,3}?(?:after|at|during|from) (?:the |her |his |my |a )?(?:jab|injection|vaccin\\w*|blood test|bloods|needle)',
      '|\\bdrows\\w* (?:\\w+ ){0,3}?(?:tablets|medication|meds|side effect)',
    ),
  },
  {
    id: 'urgent-clinical.colour-change',
    kind: 'urgent-clinical',
    pattern: re(BODY_COLOUR),
    unless: re(
      '\\bwhite (?:coat|hair)|\\bblue (?:badge|eyes)|\\bgrey hair|\\bhands? (?:\\w+ ){0,2}white (?:paper|envelope|form)',
    ),
  },
  {
    id: 'urgent-clinical.no-qualifier-needed',
    kind: 'urgent-clinical',
    pattern: re(
      "\\b(?:can't|cannot|couldn't|unable to) (?:put|bear|take) (?:any )?weight (?:on|through)|\\b(?:leg|foot) (?:\\w+ )?(?:looks|is) (?:shorter|twisted|bent)",
      '|\\bcoffee grounds\\b|\\brock hard (?:tummy|stomach|belly|abdomen)|\\b(?:tummy|stomach|belly|abdomen) (?:is |was |feels )?rock hard',
      "|\\b(?:can't|cannot|couldn't) keep (?:him|her|them|my \\w+) awake|\\bdrifting in and out|\\bkeeps? (?:drifting|nodding) off",
      "|\\b(?:can't|cannot|couldn't|unable to|struggling to) (?:speak|talk) (?:properly|clearly|at all|right)|\\bwords (?:[\\w']+ ){0,3}?(?:out )?(?:wrong|jumbled|muddled)",
      "|\\b(?:face|arms?|legs?|hands?|side|eyes?|mouth)(?: [\\w']+){0,3} (?:isn't|is not|not|won't|can't|stopped|has stopped) (?:moving|move)\\b",
      '|\\bhalf (?:of )?(?:his|her|my|their) face',
      '|\\b(?:only (?:one|1|a couple of|two)|hardly any|barely any|fewer) wet napp(?:y|ies)|\\bhalos? (?:around|round) (?:lights|the lights)',
      "|\\b(?:hasn't|hasn't been|has not|not|isn't|won't|hadn't) (?:fed|feeding|had a feed|drunk|drinking|had a drink) (?:since|for|all)",
      '|\\belephant (?:sitting|on)|\\bon the floor (?:for|all) (?:hours|ages|the night|night|\\d+ hours)|\\blong lie\\b',
      "|\\b(?:couldn't|can't|cannot) get (?:her|him|them|mum|dad|nan|my \\w+) (?:up|off the floor)\\b",
      "|\\b(?:skin|lips|mouth|rash|eyes) (?:[\\w']+ ){0,5}?(?:peel\\w*|blister\\w*)|\\b(?:peel\\w*|blister\\w*) (?:[\\w']+ ){0,3}?(?:skin|lips|mouth|rash|eyes)\\b",
    ),
  },
];
