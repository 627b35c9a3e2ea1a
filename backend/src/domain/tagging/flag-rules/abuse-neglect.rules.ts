import { RELATION, near, re, type FlagRule } from './rule.js';

/** People who look after someone: a carer, a nursery worker, a foster parent. */
const CARER =
  '(?:carers?|care workers?|support workers?|nursery (?:worker|staff|teacher)s?|childminder|babysitter|' +
  'foster (?:mum|dad|carer|parents?)|step-?parents?|guardian|care home staff|teaching assistant|teachers?|' +
  'school staff|staff member|workers?|youth worker|nanny)';

/** Someone at home or in charge of care: for verbs that are abuse only from them ("my wife belittles me"). */
const HOUSEHOLD = `(?:my|her|his|our|[a-z]+'s) (?:older |younger |new |ex[- ]|own )?(?:${RELATION}|${CARER})`;

/** Who does the harm in "my partner hits me", "he's rammed me", "the nursery worker grabbed him". */
const DOER =
  `(?:(?:he|she|they)(?:'s|'d|'ve|'ll)?|someone|somebody|a (?:man|woman|lad|bloke)|` +
  `(?:(?:my|her|his|their|our|the|mum's|dad's|son's|daughter's) )?(?:older |younger |new |ex[- ]|own )?(?:${RELATION}|${CARER})(?:'s|'d|'ll)?)`;

/** Unambiguous bodily violence, in its forms: with a doer up to four words before. */
const VIOLENCE =
  '(?:hit|hits|hitting|beat|beats|beating|beaten|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|' +
  'smack(?:s|ed|ing)?|thump(?:s|ed|ing)?|whack(?:s|ed|ing)?|batter(?:s|ed|ing)?|bash(?:es|ed|ing)?|' +
  'push(?:es|ed|ing)?|shov(?:e|es|ed|ing)|ram(?:s|med|ming)?|slam(?:s|med|ming)?|chok(?:e|es|ed|ing)|' +
  'strangl(?:e|es|ed|ing)|throttl(?:e|es|ed|ing)|grab(?:s|bed|bing)?|drag(?:s|ged|ging)?|pin(?:s|ned|ning)|' +
  'pinch(?:es|ed|ing)?|bit|bitten|bites?|biting|burn(?:s|t|ed|ing)?|scald(?:s|ed|ing)?|spat|spits? (?:at|on)|' +
  'headbutt(?:s|ed|ing)?|elbow(?:s|ed|ing)|trip(?:s|ped|ping)|twist(?:s|ed|ing)?|shook|shak(?:es|ing)|' +
  'attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|rap(?:e|es|ed|ing)|molest(?:s|ed|ing)?|grop(?:e|es|ed|ing)|' +
  'abus(?:e|es|ed|ing)|stab(?:s|bed|bing)?|killed|bull(?:y|ies|ied|ying)|terrori[sz](?:e|es|ed|ing)|' +
  'threaten(?:s|ed|ing)?|attack)';

/** Softer verbs that are violence only from someone at home: "he hurt me", "my stepdad touches her". */
const SOFT = '(?:hurts?|hurting|harm(?:s|ed|ing)?|touch(?:es|ed|ing)?|lock(?:s|ed) up|locks|locked|controls?)';

/** Who is harmed. */
const HARMED =
  `(?:me|us|her|him|them|my (?:\\w+ )?(?:kids?|children|son|daughter|baby|${RELATION})|the (?:kids|children|baby|little ones?)|` +
  '(?:mum|dad|nan|gran|grandad|grandma|granny))\\b';

/** A body part: "she burnt her hand" is an accident, "he grabbed her" is not. */
const BODY =
  '(?:head|hands?|arms?|legs?|knees?|tongue|lips?|fingers?|foot|feet|face|back|toes?|elbows?|wrists?|ankles?|' +
  'shoulders?|neck|hips?|eyes?|nose|mouth|thumbs?|chin|ribs?)';

/** Who, and whose body: the doer harming their own body part is an accident. */
const OWN_BODY: readonly [string, string][] = [
  ['(?:she|daughter|mum|nan|gran|wife|sister|girl)', 'her'],
  ['(?:he|son|dad|husband|brother|grandad|boy)', 'his'],
  ['(?:they|baby|toddler|child|kids?)', '(?:their|his|her)'],
  ["(?:i|i've)", 'my'],
];

/** The practice "threatened to take me off the list": a complaint, not abuse. */
const LIST_REMOVAL =
  '\\bthreat\\w* (?:me|us|him|her|them) (?:with|to) (?:remov|strik|deregist|cancel|tak(?:e|ing) (?:me|us|him|her|them) off|being)';

const INJURY =
  '(?:bruis\\w*|marks?|black eyes?|burns?|scratch(?:es)?|bite marks|injur(?:y|ies)|broken (?:arm|wrist|nose|ribs?|jaw)|fractures?|cuts)';

/**
 * Abuse, domestic violence and coercive control of anyone; sexual abuse; being afraid at home;
 * stalking. Past or present (not resolvable: old abuse is still a safeguarding matter), and not
 * negatable. Neglect and care failings are in `abuse-neglect-care.rules.ts`. Left out: abuse of
 * staff by patients ("husband kicked off at reception"), "drug/alcohol abuse" services, treatment
 * that hurt ("the physio hurt me"), a rude receptionist, a big bruise after a blood test.
 */
export const ABUSE_NEGLECT_RULES: readonly FlagRule[] = [
  {
    id: 'abuse-neglect.domestic-abuse',
    kind: 'abuse-neglect',
    pattern: re(
      '\\bdomestic (?:violence|abuse)|\\bdva?\\b|\\bcoercive(?:ly)? control\\w*|\\bhonou?r[- ]based|\\bforced marriage',
      '|\\bfgm\\b|\\bfemale genital|\\bmodern slavery|\\btraffick\\w*|\\bgroom(?:ing|ed)\\b|\\bwalk(?:ing)? on egg ?shells',
      "|\\b(?:not|don't feel|never feel|never|don't) (?:feel )?safe (?:at|in my|in our|to go) home|\\bunsafe (?:at|in my) home",
      `|\\bcontrolling (?:${RELATION}|relationship|behaviou?r)`,
      `|\\b(?:feel|feels|felt|feeling) (?:so |really )?(?:unsafe|scared|frightened|afraid) (?:at home|with (?:him|her|${HOUSEHOLD}))`,
      '|\\bcounty lines|\\bcuckoo(?:ing|ed)|\\bexploit(?:ed|ing|ation)\\b|\\bspik(?:ed|ing) (?:my|her|his) drinks?|\\brevenge porn',
      '|\\bchild protection\\b|\\bsexting|\\bnudes?\\b|\\bkidnap\\w*',
    ),
    // Posters and helplines, not a disclosure.
    unless: re(
      '\\bdomestic (?:violence|abuse) (?:\\w+ )?(?:helplines?|posters?|leaflets?|numbers?|cards?|support services?)',
    ),
  },
  {
    id: 'abuse-neglect.physical-or-sexual',
    kind: 'abuse-neglect',
    pattern: re(
      near(`\\b${DOER}`, `${VIOLENCE} ${HARMED}`, 4),
      `|\\b${DOER} (?:(?:\\w+ly|still|keeps?|always|sometimes|often|again|has|had|have|was|is|been|just|used to) )*${SOFT} ${HARMED}`,
      `|\\b(?:hit|beaten|punched|kicked|slapped|pushed|shoved|attacked|assaulted|abused|raped|touched|hurt|bullied|molested|strangled|choked|groomed|threatened|grabbed|burnt|burned) by (?:my|his|her|their|a|an|the|our) (?:\\w+ ){0,2}?(?:${RELATION}|${CARER})`,
      `|\\b(?:hit|beaten|punched|kicked|slapped|attacked|assaulted|abused|raped|molested|strangled|choked) by (?:him|her|them)\\b`,
      `|\\b${VIOLENCE} (?:me|her|him|us|them) (?:about|around)\\b|\\b(?:hits|beats|kicks|punches|slaps|chokes|strangles) (?:me|us)\\b`,
      '|' +
        near(
          `\\b${DOER}`,
          `(?:thrown|threw|throws|throwing|chuck\\w*|hurl\\w*|lob\\w*|pour\\w*|tipp\\w*) (?:[\\w']+ ){0,3}?(?:at|over|on) ${HARMED}`,
          4,
        ),
      `|\\b${DOER} (?:\\w+ ){0,2}?(?:is |was |gets |got |can be )?(?:rough|violent|heavy[- ]handed) with ${HARMED}`,
      '|\\b(?:wallop|clout|belt|thrash|leather)(?:s|ed|ing)? (?:me|us|the kids)\\b|\\b(?:knock|kick|beat|push|shove)(?:s|ed|ing)? (?:me|us|her|him|them|the kids) (?:about|around)\\b',
      `|\\b${DOER} (?:\\w+ ){0,2}?(?:gives?|gave|giving) ${HARMED} (?:a )?(?:good )?(?:slap|smack|hiding|black eye|beating|kicking|clip|thump|belt)`,
      '|\\b(?:being|been|getting|gets|got|was|were) (?:hit|beaten|abused|attacked|slapped|punched|kicked|battered|raped|strangled|choked|knocked about|assaulted)\\b(?! to\\b| by (?:a|the) (?:car|ball|bus|van|bike|door|virus|bug))',
      '|\\b(?:grab|yank|drag|pull|haul|pinch|lift)\\w* (?:\\w+ ){0,3}?by (?:the|her|his|my|their) (?:arms?|neck|hair|throat|wrists?|ears?|collar|scruff|legs?)',
      `|\\b(?:hand|hands|fingers) (?:round|around|on) (?:my|her|his) (?:neck|throat)|\\b(?:left|leaving|leaves) (?:\\w+ )?(?:marks|bruises) on (?:me|her|him|my|his|her)`,
      '|\\bsexual(?:ly)? (?:assault\\w*|abus\\w*|touch\\w*|harass\\w*)|\\brap(?:e|ed|ing|ist)\\b|\\bmolest\\w*|\\bindecent\\w*|\\bgrop(?:e|ed|ing)\\b',
      '|\\binappropriate(?:ly)? touch\\w*|\\btouch\\w* (?:me |her |him )?(?:inappropriately|down there|in (?:my|her|his) private)',
      '|\\binterfer(?:e|ed|ing) with (?:me|her|him|them|my (?:son|daughter|kids?|child(?:ren)?)|the kids|children)\\b|\\bexposed (?:him|her)self|\\bmade (?:me|her|him) (?:touch|watch|do things)',
    ),
    unless: re(
      LIST_REMOVAL,
      '|' +
        '\\bbeats? me (?:why|how|what|when|where|who)|\\bbeat (?:me|us|him|her) to it|\\b(?:hit|push) (?:me|us) (?:up|through)',
      '|\\bpush(?:es|ed|ing)? (?:me|us|him|her|them) (?:to|for|into)\\b|\\bkick(?:ed|s|ing)? off\\b',
      // Accidents to oneself: "she burnt her hand on the oven", "my son bit his tongue".
      ...OWN_BODY.map(
        ([who, whose]) =>
          `|\\b${who}(?:'s)? (?:has |had |just |accidentally |then |been |keeps |is |was )*(?:${VIOLENCE}|${SOFT}) ${whose} (?:own )?${BODY}\\b`,
      ),
    ),
  },
  {
    id: 'abuse-neglect.injury-from-someone',
    kind: 'abuse-neglect',
    pattern: re(
      near(
        `\\b${INJURY}`,
        `(?:from|by|off|because of|caused by) (?:him|her|them|he|she|my (?:${RELATION}|${CARER}))\\b(?!'s)`,
        6,
      ),
      `|\\b(?:he|she|they|${RELATION}) (?:\\w+ ){0,2}?(?:gave|give|gives|left|leaves|caused) (?:me|her|him|them) (?:a |the |these )?${INJURY}`,
      `|\\b${DOER} (?:\\w+ ){0,3}?(?:broke|broken|fractured|split|cut|burnt|burned|bruised|blacked|cracked|dislocated) (?:my|her|his|their) ${BODY}`,
    ),
  },
  {
    id: 'abuse-neglect.harm-at-home',
    kind: 'abuse-neglect',
    // Violence to someone, anywhere in a sentence that names a partner, relative or carer, or "he"/"she".
    pattern: re(`\\b${VIOLENCE} ${HARMED}`),
    context: re(`\\b${HOUSEHOLD}\\b|\\b(?:he|she|he's|she's)\\b`),
    unless: re(
      LIST_REMOVAL,
      '|' + '\\bbeats? me (?:why|how|what|when|where|who)|\\bbeat (?:me|us|him|her) to it|\\bkick(?:ed|s|ing)? off\\b',
      '|\\bpush(?:es|ed|ing)? (?:me|us|him|her|them)\\b(?! (?:over|down|about|around|against|into (?:a|the) wall))|\\bkill(?:s|ed|ing)? (?:me|us) (?:with|laughing)',
      '|\\bhit (?:me|us) (?:that|how|when|hard)\\b',
    ),
  },
  {
    id: 'abuse-neglect.emotional-or-sexual',
    kind: 'abuse-neglect',
    pattern: re(
      `\\b(?:${HOUSEHOLD}|he|she)(?:'s| is| was| can be| has been| gets)? (?:\\w+ ){0,2}?(?:rough|heavy[- ]handed|violent|aggressive|cruel|controlling|possessive)\\b`,
      '|\\b(?:listens? to|records?|reads?|monitors?|tracks?) (?:all )?(?:my|her|his) (?:calls|phone|messages|texts|emails|post|location)\\b',
      '|\\block(?:s|ed|ing)? (?:me|her|him|us|them|the kids) out (?:of|in)\\b(?! (?:my|the|your) (?:account|app|online))',
      '|' +
        '\\b(?:control\\w*|keeps?|takes?|took) (?:all )?(?:the|our|my|her|his) (?:money|finances|bank|cards?|benefits)\\b|\\bhave to ask (?:him|her|them|permission|to buy|for money|before i)',
      "|\\b(?:took|takes|hid|hides|hidden|smashed) (?:my|her|his) (?:phone|keys|car keys|passport|purse|wallet)\\b|\\b(?:couldn't|can't|cannot|not allowed to|wasn't allowed to|won't let (?:me|her)) (?:leave|get out|go out)\\b",
      "|\\b(?:tells?|told|calls?|called) (?:me|her|him) (?:i'm |she's |he's |i am |she is |he is )?(?:worthless|useless|stupid|ugly|fat|nothing|a waste|pathetic|mental|crazy)\\b",
      '|\\b(?:made|makes|forced|forces|pressured|pressurised|pushed) (?:me|her) (?:to )?(?:have|get|into) (?:an )?(?:abortion|termination|sex)\\b',
      '|' +
        `\\b${HOUSEHOLD} (?:\\w+ ){0,2}?(?:belittl\\w*|humiliat\\w*|degrad\\w*|puts? (?:me|her|him) down|calls? (?:me|her|him) (?:names|stupid|fat|useless|worthless|ugly|thick|a \\w+)|screams? at|shouts? at|yells? at|swears? at|spits? (?:at|on)|manipulat\\w*|gaslight\\w*|isolat\\w*|forc\\w* (?:me|her|him))`,
      '|\\bnot allowed (?:to )?(?:see (?:my |her |his )?(?:friends|family|mum|dad|anyone)|go out|leave the house|have (?:any )?(?:money|a phone|friends)|work|drive|speak to (?:anyone|my))',
      '|\\bforc\\w* (?:me|her|him) (?:to|into) (?:have sex|sex|sleep with|do (?:things|stuff)|watch|touch)|\\bagainst (?:my|her|his) will\\b|\\bwithout (?:my|her|his) consent',
      "|\\bsex\\b(?: \\w+){0,5} (?:when i (?:don't|didn't|do not)|when (?:she|he) (?:doesn't|didn't)|even though i said no|after i said no)",
      "|\\b(?:won't|doesn't|does not|never|refuses to) give (?:me|her|him) (?:any )?(?:money|food|access|my (?:money|card|phone|tablets|medication))",
      '|\\bchecks? every (?:receipt|penny|message|text)|\\bhid(?:e|es|ing) (?:\\w+ ){0,4}?(?:from (?:him|her|them|my \\w+)|when (?:he|she|they) (?:comes?|gets?|is))',
      `|\\b(?:steal\\w*|stole|sell\\w*|sold|nick\\w*|pinch\\w*) (?:all )?(?:my|her|his|their|[a-z]+'?s) (?:\\w+ )?(?:medication|meds|tablets|painkillers|morphine|money|pension|food|prescriptions?)`,
    ),
  },
  {
    id: 'abuse-neglect.violence',
    kind: 'abuse-neglect',
    pattern: re('\\bviolen(?:ce|t|tly)\\b'),
    unless: re(
      '\\bviolent(?:ly)? (?:(?:\\w+ )?(?:vomit\\w*|sick|cough\\w*|diarrh\\w*|shak\\w*|headaches?|pains?|itch\\w*|sneez\\w*|reaction))',
      '|\\bviolen(?:ce|t) (?:\\w+ )?(?:helplines?|posters?|leaflets?|numbers?|cards?)',
    ),
  },
  {
    id: 'abuse-neglect.abuse',
    kind: 'abuse-neglect',
    pattern: re('\\babus(?:e|ed|es|ing|ive|er|ers)\\b'),
    unless: re(
      '\\b(?:drugs?|alcohol|substance|solvent|drink|opioid|steroid|laxative)s? (?:and (?:drugs?|alcohol|substance)s? )?(?:mis)?abuse',
      '|\\babus\\w* (?:alcohol|drugs?|substances?|drink|prescription|painkillers|laxatives|cannabis|cocaine)',
      '|\\babuse (?:from|by) (?:a |another |other |some |the )?(?:patients?|people|customers?|callers?|(?:members of )?the public)',
      '|\\babus\\w* (?:to|towards?|of|at|against) (?:all )?(?:the |our |your )?(?:staff|receptionists?|reception|doctors?|nurses?|team|workers?|employees|nhs|services)',
      '|\\b(?:zero tolerance|tolerate|tolerance)(?: \\w+){0,3} abuse|\\btook (?:\\w+ ){0,2}abuse|\\bopen to abuse',
      '|\\babus\\w* (?:of )?(?:the|this) (?:system|service|appointments?|nhs)|\\babusive (?:patients?|people|callers?|customers?)',
      '|\\babuse (?:\\w+ )?(?:helplines?|posters?|leaflets?|numbers?|cards?)|\\b(?:away|safe|free|protect\\w*) from (?:any )?(?:kind of )?(?:harm (?:or|and) )?abuse',
    ),
  },
  {
    id: 'abuse-neglect.afraid-at-home',
    kind: 'abuse-neglect',
    pattern: re(
      `\\b(?:scared|frightened|afraid|terrified|petrified|fear(?:ful)?|scared stiff) (?:\\w+ ){0,2}?(?:of|to go home to|to go back to|to be alone with|to leave) (?:my |our |her |his |their )?(?:own )?(?:${RELATION}|${CARER}|him|her|what (?:he|she|they)'?(?:ll|d)?)\\b(?!'s| (?:dying|having|getting|being|going|falling|passing|not|finding|seeing))`,
      '|\\b(?:scared|frightened|afraid|terrified|petrified) (?:\\w+ ){0,2}?(?:to go (?:back )?home|of going home|to be (?:at )?home)\\b',
      `|\\b(?:he|she|they|he's|she's|${RELATION}) (?:\\w+ ){0,3}?(?:going to|gonna|will|'ll|would|'d|threaten\\w* to|says? (?:he|she)'?ll|said (?:he|she)'?d) (?:\\w+ ){0,5}?(?:kill|hurt|stab|hit|beat|batter) (?:me|her|him|us|the kids)\\b`,
      `|\\b(?:he|she|they)(?:'s| is| was)? (?:\\w+ ){0,2}?(?:controls|checks|monitors|tracks|reads|goes through|went through) (?:everything|all )?(?:my|her|his) (?:phone(?! number)|messages|texts|emails|location|money|bank|spending)`,
    ),
  },
  {
    id: 'abuse-neglect.stalking-disclosure',
    kind: 'abuse-neglect',
    pattern: re(
      `\\bstalk(?:ing|ed|er|s)\\b|\\b${DOER} (?:\\w+ ){0,2}?harass\\w*`,
      `|\\b(?:ex|he|she|${RELATION}) (?:\\w+ ){0,2}?(?:keeps?|kept|always|won't stop|will not stop|still) (?:turning up|showing up|coming round)\\b(?! (?:late|early|on time))`,
      `|\\b(?:ex|he|she|${RELATION}) (?:\\w+ ){0,2}?(?:keeps?|kept|always|won't stop|will not stop|still) (?:following|messaging|texting|calling|ringing|watching) (?:me|her|him|the house)\\b`,
      '|\\b(?:waiting|sitting|parked) outside (?:my|her|his|our) (?:house|flat|work|door)',
      '|\\bfollow(?:s|ed|ing) (?:me|her|him) (?:home|around|everywhere)',
      '|\\b(?:did|does|done|doing|do) (?:things|stuff|something|bad things|horrible things|sexual things) to (?:me|her|him|us|them)\\b',
      '|\\bdrugged up|\\bkeep (?:\\w+ ){0,2}(?:drugged|sedated)|\\bover-?sedat\\w*|\\bchemical(?:ly)? restrain\\w*',
      '|\\b(?:scared|frightened|afraid|fear) for (?:the |my |our |her |his )?(?:kids|children|baby|son|daughter|safety|life|lives)\\b',
    ),
  },
  {
    id: 'abuse-neglect.financial-or-control',
    kind: 'abuse-neglect',
    pattern: re(
      '\\b(?:takes?|took|taking|steal\\w*|stole|stolen|keeps?|keeping|controls?|controlling|has|had|holds|uses|used|spends|spent|helps (?:him|her)self to) (?:all )?(?:my|her|his|their) (?:pension|money|benefits|bank ?card|cards?|savings|wages|passport|pin)',
      '|\\b(?:stealing|stole|steals|taking money) from (?:my|her|his|them|him|me)\\b|\\bmoney (?:going|gone|keeps going) missing',
      `|\\b(?:my|her|his|our) (?:${RELATION}|${CARER}) (?:\\w+ ){0,5}?(?:won't|will not|doesn't|does not|wouldn't|never|refuses to) (?:let|allow) (?:me|her|him|us) (?:have|see|go|leave|talk|speak|use|out|buy|eat|contact|keep|work|drive|wear)`,
      "|\\b(?:won't|doesn't|does not|never) (?:let|allow) (?:me|her|him) (?:go out|leave the house|out of (?:his|her) sight|see (?:my |her |his )?(?:friends|family)|have (?:any )?(?:money|a phone|friends))",
      '|\\block(?:s|ed|ing)? (?:me|her|him|us|them|the kids) (?:in|inside|up|out of the house)\\b|\\bkeeps? (?:me|her|him) locked\\b',
      '|\\blocked in (?:the|my|her|his|a) (?:house|flat|room|bedroom|shed|cupboard)',
      '|\\b(?:cut|cuts|cutting|isolat\\w*) (?:me|her|him) (?:off )?from (?:my|her|his|all)? ?(?:friends|family)|\\bkeep (?:it |this |things )?(?:a )?secrets?\\b',
    ),
  },
];
