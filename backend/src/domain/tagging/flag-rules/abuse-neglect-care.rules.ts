import { DEPENDANT, nearEither, re, type FlagRule } from './rule.js';

/** Someone who needs looking after is in the sentence: a child, an older or disabled person, a carer. */
const DEPENDANT_CONTEXT = re(DEPENDANT, '|\\bneighbour|\\bnext door|\\bcare (?:agency|company|staff)|\\bagency');

/** Basic care, in its forms: what is not being done in a neglect disclosure. */
const CARE =
  '(?:turn(?:s|ed|ing)?|wash(?:es|ed|ing)?|feed(?:s|ing)?|fed|chang(?:e|es|ed|ing)|check(?:s|ed|ing)? on|' +
  'help(?:s|ed|ing)?|giv(?:e|es|en|ing) (?:her|him|them) (?:food|water|a drink|drinks|meals?|(?:her|his|their) (?:meds|tablets|medication))|' +
  'look(?:s|ed|ing)? after|bath(?:e|es|ed|ing)?|toilet(?:s|ed|ing)?|dress(?:es|ed|ing)?)';

/**
 * Neglect of a child or a vulnerable adult, and care that fails them: left alone, unfed, unwashed,
 * in soiled pads, with sores, carers who never come, a child out alone at night, a parent too drunk
 * to look after the kids. These need someone dependent in the same sentence (DEPENDANT), so "I was
 * left alone in the consulting room" is not flagged. Not negatable, not resolvable.
 */
export const ABUSE_NEGLECT_CARE_RULES: readonly FlagRule[] = [
  {
    id: 'abuse-neglect.neglect',
    kind: 'abuse-neglect',
    pattern: re('\\bneglect\\w*'),
    unless: re(
      '\\b(?:building|place|garden|decor|premises|waiting room|surgery|practice|site|car ?park|toilets?)(?: \\w+)? (?:looks?|is|seems?|was|feels?)(?: \\w+)? neglected',
      '|\\bneglected (?:building|garden|look|feel|appearance|state)',
      '|\\b(?:practice|surgery|nhs|system|service|gps?|doctors|they|you) (?:is |are |has been |have been )?neglect\\w* (?:its |their |the |all |our )?(?:older |elderly |vulnerable )?(?:patients|elderly|people|community)',
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
      '\\b(?:left|leaves?|leaving) (?:\\w+ ){0,3}?(?:on (?:their|his|her) own|alone|home alone|unattended|for days)',
      "|\\b(?:hasn't|haven't|hadn't|not|never|didn't|isn't|aren't|wasn't) (?:been )?giv(?:en|ing|e) (?:\\w+ )?(?:a )?(?:bath|wash|shower|meal|drink|food|meds|medication)\\b",
      '|\\bfend for (?:them|him|her)sel(?:f|ves)|\\bleft to (?:their|his|her) own devices',
      '|\\bwithout (?:a |any |their |his |her |my )?(?:food|drink|drinks|water|meals?|dinner|tea|lunch|breakfast|heating|meds|medication|tablets|pain relief|a wash|clean clothes|being (?:changed|washed|fed))\\b',
      '|\\b(?:sitting|sat|lying|laid|left|leave|leaves|leaving|found|kept) (?:\\w+ ){0,2}?in (?:soiled|dirty|wet|soaking|urine|faeces|poo|wee|vomit|(?:his|her|their) own|the same)\\b',
      '|\\b(?:soiled|soaking|unchanged) (?:pads?|nappy|nappies|sheets|bed|clothes|incontinence)',
      `|\\b(?:nobody|no one|no-one|never|not|isn't|aren't|wasn't|hasn't|haven't|hardly ever|rarely) (?:being |been |properly |even )?${CARE} (?:her|him|them|mum|dad|nan|my \\w+|the (?:residents?|kids|children|baby))\\b`,
      "|\\b(?:isn't|not|aren't|never|don't|doesn't|hasn't|haven't) (?:being |been )?(?:fed|washed|changed|turned|bathed|given (?:food|water|a drink|(?:his|her|their) (?:meds|tablets|medication)))\\b",
      '|\\bbed ?sores?|\\bpressure (?:sores?|ulcers?)|\\bstarv(?:ing|ed)\\b|\\bdehydrated\\b|\\blost (?:\\d+|a|two|three|half a) (?:stone|kilos?|kg|lbs|pounds)',
    ),
    context: DEPENDANT_CONTEXT,
  },
  {
    id: 'abuse-neglect.care-failings',
    kind: 'abuse-neglect',
    pattern: re(
      "\\bcarers? (?:\\w+ ){0,2}?(?:never|didn't|don't|haven't|hasn't|not|failed to|forgot to|forget to) (?:came|come|turn(?:ed)? up|show(?:ed)? up|arrive[sd]?|been|visit(?:ed)?|give|gave|call(?:ed)?)\\b",
      '|\\bmissed (?:care )?(?:visits|calls)\\b|\\b(?:found|keeps?|was|been) wander(?:ing|ed) |\\bwander(?:s|ed|ing) off\\b',
      '|\\bwandering (?:the streets|at night|outside at|in (?:her|his) (?:nightie|pyjamas|night ?dress|underwear))',
      '|\\b(?:keeps?|kept|always) falling\\b|\\bfallen (?:\\w+ )?(?:again|several times|\\w+ times)',
    ),
    context: DEPENDANT_CONTEXT,
  },
  {
    id: 'abuse-neglect.child-exploitation',
    kind: 'abuse-neglect',
    pattern: re(
      '\\bolder (?:boyfriend|man|men|guy|bloke|lad|bf|male|adult)s?\\b|\\b(?:grown|adult) (?:man|men|male)\\b',
      '|\\b(?:buys|bought|buying|gives|gave|giving) (?:her|him) (?:things|gifts|presents|alcohol|drugs|phones?|vapes?)\\b',
      '|\\bsen(?:ds|t|ding) (?:her|him) (?:pictures|photos|pics|nudes|videos|messages)\\b',
      '|\\b(?:[2-9]\\d|grown)[- ]?(?:year|yr)s?[- ]old (?:man|men|bloke|guy|male|adult|woman)\\b',
      "|\\b(?:man|men|adult|bloke|guy) (?:[\\w']+ ){0,3}?(?:messag\\w*|texting|snapchat\\w*|contact\\w*|meeting (?:her|him)|picking (?:her|him) up|sending)\\b",
    ),
    context: re(
      "\\b(?:she's|he's|she is|he is|aged|only|just) (?:1[0-7]|[5-9])\\b|\\b(?:1[0-7]|[5-9]) ?(?:yo|y/o|years? old|yrs? old|yr old)\\b",
      '|\\b(?:daughter|son|niece|nephew|schoolgirl|schoolboy|child|teen\\w*|under ?age|year \\d+|school|little girl|little boy)\\b',
    ),
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
    id: 'abuse-neglect.carer-under-strain',
    kind: 'abuse-neglect',
    pattern: re(
      '\\b(?:shak(?:e|ing|en|es)|shook) (?:the |my |our )?(?:baby|him|her|them|son|daughter|child|toddler)\\b(?! (?:hand|hands|off))',
      '|\\blos(?:e|ing|t) my temper (?:with|at|and)\\b|\\b(?:could|might|want to|going to) (?:hurt|hit|smack|shake) (?:the |my )?(?:baby|kids?|children|him|her)\\b',
      '|\\b(?:drunk|high|off (?:his|her|their) (?:face|head)|on drugs|wasted|passed out|out of it)\\b(?: \\w+){0,6} (?:kids|children|baby|toddler|looking after)',
      '|\\b(?:kids|children|baby|toddler)\\b(?: \\w+){0,6} (?:drunk|high|off (?:his|her|their) (?:face|head)|on drugs|wasted|passed out)\\b',
    ),
    context: re(DEPENDANT),
  },
  {
    id: 'abuse-neglect.signs-of-neglect',
    kind: 'abuse-neglect',
    pattern: re(
      '\\b(?:always|often|usually|every day|constantly|comes in|turns up|out) (?:\\w+ ){0,3}?(?:hungry|filthy|dirty|unwashed|smelly|starving)',
      '|\\b(?:hungry|filthy|dirty|unwashed|smelly) and (?:hungry|filthy|dirty|unwashed|smelly|cold|bruised|scared)',
      "|\\b(?:no (?:heating|food|electricity|coat|shoes|tea|dinner|breakfast)|(?:hasn't|has not|not|isn't|hadn't) (?:eaten|eating))(?: (?:for|in) (?:days|ages|a week|weeks))?",
      '|\\bnot coping\\b|\\bhome alone\\b',
      '|\\b(?:out|outside|on the streets?|playing out) (?:\\w+ ){0,3}?(?:at|till|until|past|after) (?:midnight|[1-4] ?am|all hours|1[0-2] ?(?:pm|at night)|late at night)',
      "|\\b(?:parents?|mum|dad|mother|father) (?:don't|doesn't|do not|does not|never) (?:care|bother|feed|look after|watch)",
      '|' +
        nearEither(
          '\\b(?:worried|concerned|worry|worries|worrying)',
          "(?:the|that|this|a|those|these|next door's|the neighbours?'?s?) (?:\\w+ ){0,2}?(?:kids?|children|child|boy|girl|baby|toddler)\\b",
          4,
        ),
    ),
    context: DEPENDANT_CONTEXT,
  },
];
