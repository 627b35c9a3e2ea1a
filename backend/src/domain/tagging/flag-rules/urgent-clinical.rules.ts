import { near, nearEither, re, type FlagRule } from './rule.js';

/** How chest pain is described: "crushing feeling in the middle of my chest", "chest has been hurting". */
const CHEST_FEELING =
  '(?:pains?|painful|ache|aching|achy|hurts?|hurting|tight|tightness|tightening|pressure|crushing|crushed|heavy|' +
  'heaviness|squeez\\w*|burning|band|weight|elephant|sharp|stabbing|gripping|agony|sore|killing me)\\b';

/** Not able to breathe, in any wording; "breathing problems" as a diagnosis is not a difficulty now. */
const BREATH_DIFFICULTY =
  "(?:can't|cannot|can not|couldn't|could not|unable to|struggl\\w*|difficulty|difficult|trouble|hard|hardly|" +
  'barely|fighting|gasping|problems?|short|shortness|out of|labou?red)';

const LIMB = '(?:arms?|legs?|hands?|face|side|foot|feet|fingers|grip)';
const WEAK =
  "(?:weak\\w*|floppy|won't (?:move|work|grip|lift)|can't (?:move|lift|grip|feel|use)|gone (?:weak|floppy|limp|dead)|no strength)";

/** "Blood" as bleeding, not "blood test", "blood pressure", "blood sugar". */
const BLEED =
  '(?:bleed\\w*|bled|nosebleeds?|haemorrhag\\w*|hemorrhag\\w*|blood(?! (?:tests?|pressure|results?|sugars?|forms?|clinic|' +
  'samples?|thinners?|works?|counts?|cells?|bottles?|donor|donation|group|type|levels?|glucose|bank|bags?|taken|test)))';

const HEAD_PAIN =
  '\\b(?:headaches?|head ?aches?|migraines?|head pain|pain in (?:my|his|her|the) head|head (?:is |was )?(?:pounding|exploding|splitting|banging|throbbing))\\b';

/**
 * Red-flag symptoms that may be happening now (NHS 999 and 111 advice), written as concepts: a body
 * part and how it feels within a few words, in either order, so new wordings are caught. Chest,
 * breathing, stroke and sudden neurology, the worst headache, sudden loss of sight, heavy or
 * unstoppable bleeding, and pregnancy warning signs here; the rest in urgent-clinical-more.rules.ts.
 * All honour negation ("no chest pain") and a distant past or "already handled" cue in the same
 * sentence (context-cues.ts). Left out: "my heart sank", "breathe a word", "a stuffy room you could
 * hardly breathe in", weakness after a jab, "chest infection cleared up", chest pain clinics.
 */
export const URGENT_CLINICAL_RULES: readonly FlagRule[] = [
  {
    id: 'urgent-clinical.chest-pain',
    kind: 'urgent-clinical',
    pattern: re(
      nearEither('\\b(?:chest|breastbone|sternum)\\b', `\\b${CHEST_FEELING}`, 6),
      '|\\btight(?:ness)? (?:in )?(?:my |his |her |the )?chest|\\bheavy chest\\b',
      '|\\bclutch\\w* (?:at )?(?:his|her|my|their) (?:chest|heart|left arm)|\\bcrushing (?:\\w+ )?(?:pains?|feeling|sensation|ache)',
      '|\\bheart attack|\\bcardiac arrest|\\bangina attack',
      '|\\bpain (?:\\w+ )?(?:going|spreading|radiating|shooting|moving) (?:down|into|up|to) (?:my|his|her|the) (?:left )?(?:arm|jaw|neck|shoulder)',
      '|\\bheart (?:is |was |keeps |has been |keeps on )?(?:racing|pounding|going (?:crazy|mad|like)|skipping|beating (?:really |so |very )?fast|all over the place)',
    ),
    unless: re(
      '\\bchest (?:pain )?(?:clinic|service|team|referral|pathway|nurse|x-?ray|infection)(?! (?:and|with) )|\\brapid access chest|\\bcardiac rehab\\w*',
      '|\\b(?:after|since|following|recover(?:y|ed|ing)? from) (?:a |my |his |her |the |their )?heart attack',
      "|\\b(?:nearly|almost|practically|near enough|about to|could have|could've|would have|would've|going to|will) (?:\\w+ ){0,2}?heart attack",
      '|\\b(?:gave|give|gives|giving|given) (?:me|him|her|us|them|you) (?:a )?heart attack|\\bheart (?:is |was )?racing (?:with|from) (?:nerves|excitement)',
    ),
  },
  {
    id: 'urgent-clinical.breathing',
    kind: 'urgent-clinical',
    pattern: re(
      near(`\\b${BREATH_DIFFICULTY}`, '(?:breathe?|breathing|breth|breath|air)\\b', 3),
      '|\\bbreathing (?:is |was |has been |really |very |so )*(?:fast|quick|quickly|heavily|badly|funny|strange|shallow|noisy|rapid|difficult|hard|laboured|a struggle)',
      "|\\b(?:not|stopped|isn't|is not|stops) breathing|\\bgasping|\\bfighting for (?:breath|air)|\\basthma attack",
      "|\\binhalers? (?:isn't|is not|not|aren't|are not|doesn't|does not|don't) (?:\\w+ )?(?:help|helping|work|working)",
      '|\\bbreathless|\\bwheez\\w* (?:badly|so bad|really bad)|\\bgrunt(?:s|ing)? (?:with|when|every|each)|\\bnostrils flar\\w*',
      "|\\b(?:ribs|chest|tummy|neck|skin) (?:[\\w']+ ){0,3}?(?:suck\\w*|pull\\w*|caving) in\\b|\\bsuck\\w* in (?:\\w+ ){0,3}?ribs\\b",
      "|\\bchok(?:ing|ed) on\\b|\\b(?:is|he's|she's|baby|started|keeps) choking\\b(?! (?:me|her|him))|\\bsomething stuck in (?:my|his|her|their) (?:throat|windpipe)",
    ),
    unless: re(
      "\\b(?:couldn't|can't|could not|cannot) (?:breathe?|breath) (?:for|from|with) (?:laugh|giggl)\\w*|\\bbreathe a word",
      '|\\bgasping for (?:a |some )?(?:cup|cuppa|drink|tea|coffee|fag|cigarette|wee)',
      '|\\bbreathless (?:with|from) (?:excitement|anticipation|laugh\\w*)',
      '|' +
        nearEither(
          '\\b(?:stuffy|hot|packed|crowded|rammed|smell\\w*|stink\\w*|heat|queue)',
          '(?:breathe?|breath|air)\\b',
          8,
        ),
      '|\\b(?:review\\w*|assess\\w*|manag\\w*|clinic|rehab\\w*) (?:\\w+ ){0,3}?breathless\\w*|\\bbreathless\\w* (?:\\w+ ){0,3}?(?:clinic|review|rehab|long covid|copd)',
    ),
  },
  {
    id: 'urgent-clinical.stroke',
    kind: 'urgent-clinical',
    pattern: re(
      '\\bstroke\\b|\\b(?:face|mouth|smile) (?:has |is |was )?(?:gone |going )?(?:dropped|drooping|droopy|fallen|lopsided|wonky)',
      '|\\b(?:droop\\w*|dropped|fallen) (?:on )?(?:one|the|his|her|my) (?:side|face)',
      '|' +
        nearEither(
          '\\b(?:speech|speaking|talking|words)',
          '(?:slurr\\w*|funny|strange|weird|jumbled|garbled|muddled|gibberish|nonsense)\\b',
          3,
        ),
      "|\\b(?:can't|cannot|couldn't) (?:get|find) (?:his|her|my|their|the) words\\b|\\bwords (?:\\w+ ){0,2}?(?:out )?wrong\\b",
      "|\\b(?:he|she|he's|she's|is|was|been|keeps|started|mum|dad|husband|wife) (?:\\w+ )?(?:not making (?:any )?sense|talking (?:gibberish|nonsense))",
      "|\\b(?:can't|cannot|unable to|couldn't) (?:lift|raise|move) (?:my|his|her|their|it|one)\\b|\\bsudden (?:weakness|numbness|confusion)",
      '|',
      nearEither(`\\b${LIMB}`, WEAK, 3),
      "|\\b(?:can't|cannot|couldn't) feel (?:my|his|her|their) (?:legs|arms|feet|face|side|hands)|\\blost (?:control of|the use of) (?:my|his|her|their) (?:bladder|bowels?|legs?|arms?)",
      '|\\bnumb (?:\\w+ )?(?:around|between|in) (?:my |his |her )?(?:bum|bottom|groin|genitals|private)',
      '|\\b(?:face|side|arm|leg) (?:\\w+ ){0,3}?(?:gone|went|going|is|has gone|suddenly) numb\\b|\\bnumb(?:ness)? (?:down|on) one side',
      "|\\b(?:he|she|he's|she's|husband|wife|mum|dad|nan|grandad|gran|father|mother|partner|son|daughter|baby|they|they're)(?: is| was| has been| seems| became| has become| got| has gone| went)?(?: (?:very|really|so|suddenly|more|all))? (?:confused|disorientat\\w*|delirious)\\b",
      "|\\b(?:sudden|acute|new) (?:onset )?(?:confusion|delirium)\\b|\\bdoesn't know where (?:he|she) is|\\bdidn't (?:know|recognise) (?:me|us|where)",
    ),
    unless: re(
      '\\bstroke of (?:luck|genius)|\\bheat ?stroke|\\b(?:brush|key|back|breast) ?stroke',
      '|\\bstroke (?:clinic|nurse|team|unit|review|ward|service|specialist|consultant|rehab\\w*|survivors?|patients?|club|group)',
      '|\\b(?:after|since|effects of|following|recover(?:y|ed|ing)? from|result of) (?:a|my|his|her|their|the) (?:\\w+ )?stroke',
      '|\\bconfus(?:ed|ion|ing) (?:by|about|as to|with|over|because|why|how|what|when|which|whether|regarding|at)\\b',
      "|\\b(?:some|a bit of|no|any|much|the|caused|causing|added) confusion|\\bi(?:'m| am| was| got) (?:a bit |so |very |really |totally )?confused",
      '|',
      near(
        WEAK,
        '(?:after|since|from) (?:the|my|his|her|a) (?:jab|vaccine|vaccination|injection|booster|flu|covid)',
        3,
      ),
    ),
  },
  {
    id: 'urgent-clinical.neuro-eyes',
    kind: 'urgent-clinical',
    pattern: re(
      '\\bworst headache|\\bthunderclap|\\bsudden(?:ly)? (?:\\w+ )?headache|\\bheadache (?:and|with) (?:a )?stiff neck',
      "|\\blight hurts (?:his|her|my|their) eyes|\\b(?:can't|cannot) (?:look at|stand|bear) (?:the )?light",
      '|\\bsudden(?:ly)? (?:\\w+ ){0,3}?(?:loss of (?:vision|sight)|blind|blindness|double vision)',
      "|\\b(?:lost|losing|loss of) (?:the )?(?:vision|sight) (?:in|of) (?:one|my|his|her|both)|\\b(?:can't|cannot|couldn't) see (?:\\w+ )?out of (?:one|my|his|her)",
      "|\\b(?:sudden(?:ly)?|all of a sudden) (?:\\w+ ){0,2}?(?:can't|cannot|couldn't) (?:see|hear|speak|walk|move)\\b",
      '|\\bcurtain (?:\\w+ )?(?:down|across|over)|\\bshadow (?:across|over) (?:my|his|her) (?:vision|eye)|\\bflashes and floaters',
      '|\\bhead injury (?:and|with) (?:vomit|being sick|drows|confus)',
    ),
  },
  {
    id: 'urgent-clinical.bad-headache',
    kind: 'urgent-clinical',
    pattern: re(HEAD_PAIN),
    context: re(
      "\\b(?:sudden\\w*|out of nowhere|out of the blue|in seconds|like (?:being hit|a bang|nothing|a thunderclap|an explosion)|never (?:had|felt)|i've ever had|worst",
      "|stiff|vomit\\w*|being sick|light hurts|sensitiv\\w* to (?:the )?light|can't (?:stand|bear|look at) (?:the )?light|photophobi\\w*",
      '|confus\\w*|drows\\w*|rash|fever|temp(?:erature)?\\b|blurr\\w*|double vision|pregnan\\w*',
      '|banged|fell|fall|blood thinners|warfarin|apixaban|rivaroxaban)',
    ),
  },
  {
    id: 'urgent-clinical.bleeding',
    kind: 'urgent-clinical',
    pattern: re(
      nearEither(
        `\\b${BLEED}`,
        "(?:won't|will not|doesn't|does not|isn't|not|hasn't|has not|can't|cannot|couldn't) (?:\\w+ )?(?:stop\\w*|settl\\w*|eas\\w*|slow\\w*)|(?:for (?:over |more than )?(?:\\d+|two|three|four|five|several|a few) hours)|(?:heavily|soak\\w*|pouring|gushing|spurt\\w*|squirt\\w*|pumping|everywhere|clots|pints?)\\b",
        6,
      ),
      '|\\bheavy bleeding|\\blots of blood|\\bpouring (?:with )?blood|\\b(?:so much|a lot of|loads of) blood\\b(?! (?:tests?|taken|samples?))',
      '|\\b(?:vomit\\w*|throw\\w* up|being sick|cough\\w*|spitting|spat|passing|bringing) (?:up )?(?:\\w+ )?blood\\b',
      '|\\b(?:black|tarry|maroon|bloody) (?:\\w+ )?(?:poo|poos|stools?|motions|diarrh\\w*)|\\bblood in (?:my |his |her |their |the )?(?:poo|stools?|wee|urine|vomit|sick|nappy)',
      '|\\bpregnant\\b(?: \\w+){0,4} (?:and |with )?bleeding|\\bbleeding\\b(?: \\w+){0,4} pregnant',
      '|\\bwaters (?:have |has )?(?:broken|broke|gone)|\\breduced (?:fetal |foetal )?movements|\\b(?:less|fewer|no) (?:baby )?(?:movements|kicks)\\b',
      "|\\b(?:haven't|not|hasn't|didn't|can't|cannot) (?:felt|feel|feeling|noticed) (?:the |my )?baby (?:move|moving|kick)",
      "|\\b(?:baby|babies) (?:\\w+ ){0,2}?(?:hasn't|has not|not|isn't|stopped|stopped|less) (?:been )?(?:mov\\w*|kick\\w*)",
    ),
  },
  {
    id: 'urgent-clinical.pregnancy',
    kind: 'urgent-clinical',
    pattern: re(
      '\\b(?:spotting|bleed\\w*|headache|blurr\\w*|vision|pains?|cramps?|cramping|swollen (?:face|hands)|waters|itch\\w* (?:hands|feet|palms|soles)|vomit\\w*)\\b',
    ),
    context: re('\\bpregnan\\w*|\\b\\d{1,2} ?weeks? (?:pregnant|gone)\\b'),
  },
];
