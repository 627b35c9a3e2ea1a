import { TARGET, re, upTo, type FlagRule } from './rule.js';

/** "I'll", "going to", "I could", "wanted to", "someone should", "he's coming in to": someone means to act. */
const INTENT =
  "(?:i'll|i will|i'm going to|i am going to|going to|i could|i'd|i would|i want to|i wanted to|wanted to|want to|" +
  "i swear|tempted to|i feel like|felt like|i might|i may|i should|i shall|he'll|he will|he's going to|they'll|" +
  "we'll|she'll|someone should|somebody should|some(?:one|body) (?:needs|ought) to|could have|could've|" +
  "should have|should've|i nearly|i almost|i'm coming|(?:he|they|we|i)(?:'s|'re|'m| is| are| am) coming (?:in|down|round|over)(?: \\w+)? (?:to|and)|next time)";

/** Violence, in the forms that follow an intent ("kill", "killed", "killing"). */
const VIOLENT_VERB =
  '(?:(?:kill|murder|stab|strangle|batter|punch|deck|smack|slap|shoot|throttle|thump|hit|hurt|harm|beat|attack|' +
  'glass|bottle|kick|headbutt|knife|shank|smash|bash|burn|bomb|torch|wring|lamp|chin|twat|whack|floor|slit|choke|' +
  'end|finish|brain|rip)(?:s|ed|ing|ting|ped|ping|bed|bing|d)?|beat(?:en|ing)? up|do in|knock(?:ed)? out|take out)';

/** Someone a threat can be aimed at, with "that smug receptionist's" and "the doctor's" too. */
const AIMED = `${TARGET}(?:'s)?`;

/** Blows and beatings said as nouns: "needs a slap", "give her a black eye". */
const BEATING =
  '(?:black eye|bloody nose|fat lip|slap|smack|punch|kicking|hiding|good hiding|thump|battering|beating|' +
  'clip round the ear|knuckle sandwich|piece of my fist|bullet|bullet in (?:the|his|her) head)';

/**
 * Threats to staff or others, to the building, and weapons. Hyperbole aimed at a person ("I could
 * strangle the receptionist", "wanted to throttle the woman on the desk") is flagged: staff safety
 * first. Idioms aimed at nothing are not: "I'd kill for an appointment", "I could murder a coffee",
 * "the nurse was killing it", "killing time", "smashed it", "jumped the gun", "costs a bomb", a flu
 * "shot", "under the knife", "a shot in the dark", "beaten to the last appointment".
 */
export const THREAT_RULES: readonly FlagRule[] = [
  {
    id: 'threat.violence-to-person',
    kind: 'threat',
    pattern: re(
      `\\b${INTENT} ${upTo(4)}${VIOLENT_VERB} ${AIMED}\\b`,
      `|\\b${INTENT} ${upTo(4)}(?:knock|sort|kick|smash|burn|deal with|bash|punch|batter) ${AIMED} (?:\\w+ )?(?:out|in|up|down|myself|himself|properly)\\b`,
      `|\\b${INTENT} ${upTo(4)}break (?:your|his|her|their|${AIMED}) (?:\\w+ )?(?:legs?|neck|jaw|nose|arms?|face|fingers|skull)\\b`,
      "|\\b(?:knock|kick|bash|smash|punch|cave|stove|batter|beat|rip|tear|rearrange)\\w* (?:[\\w']+ ){0,4}?(?:teeth|head|face|brains|skull|lights|jaw|nose|block)(?: \\w+)? (?:in|out|off|apart)\\b",
      '|\\b(?:kick|beat|knock|batter)\\w* (?:seven bells|the (?:shit|crap|hell|living daylights|stuffing)) out of\\b',
      '|\\b(?:burn|smash|torch) (?:the|this|that|your) (?:place|surgery|building|practice)(?: \\w+)? (?:down|up)\\b',
    ),
  },
  {
    id: 'threat.beating',
    kind: 'threat',
    pattern: re(
      `\\b(?:${INTENT}|needs?|deserves?|wants?|due|asking for|could do with) ${upTo(3)}(?:give |gets? |getting )?(?:\\w+ )?(?:a |an )?(?:good |proper |right )?${BEATING}\\b`,
      '|\\b(?:should|ought to|needs? to|deserves? to|wants? to) be (?:shot|hung|hanged|strung up|put down|battered|beaten|stabbed|burned|burnt|killed|slapped|punched)\\b',
      '|\\b(?:come|came|coming|jump\\w*|climb\\w*) (?:over|across|through) (?:the|that|your) (?:desk|counter|screen|glass)\\b(?! doors?)',
      '|\\bdrag (?:her|him|them|you) (?:over|across|out)\\b',
      `|\\b(?:is|are|'s|'re) (?:getting|going to get|gonna get|due) (?:a )?(?:good |proper |right )?${BEATING}\\b`,
      "|\\b(?:better|best) watch (?:out|it|them|him|her|your)\\w*|\\blucky (?:i|we|he) (?:didn't|did not|don't) (?:\\w+ ){0,2}?(?:hit|punch|slap|kill|smack|deck|lamp|thump|strangle|throttle|knock|batter)",
      '|\\btook (?:all|everything) (?:i had |in me )?not to (?:hit|punch|slap|smack|deck|lamp|thump|strangle|throttle|knock|batter)',
    ),
    unless: re('\\bslap[- ]up\\b|\\bgood hiding place|\\bpunch biops|\\bbullet (?:points?|journal|proof)'),
  },
  {
    id: 'threat.weapon',
    kind: 'threat',
    pattern: re(
      '\\b(?:knife|knives|machete|blade|gun|guns|firearm|shotgun|pistol|rifle|bomb|explosives?|acid|baseball bat|crossbow|weapons?|axe|hammer|crowbar)\\b',
    ),
    unless: re(
      '\\bunder the knife|\\bknife[- ]edge|\\bjump(?:ed|ing|s)? the gun|\\b(?:cost|costs|costing|spent|spend|paid|pay) (?:\\w+ )?a bomb',
      '|\\bwent down a bomb|\\bgo(?:es|ing)? down a bomb|\\bthe bomb\\b(?! (?:in|at|under|on))|\\bbomb ?(?:site|proof)',
      '|\\bfolic acid|\\bacid (?:reflux|indigestion)|\\bstomach acid|\\buric acid|\\bacid (?:test|levels?)|\\bamino acids?|\\bhyaluronic acid',
      "|\\b(?:cut|sliced|nicked|chopped|caught) (?:[\\w']+ ){0,6}?(?:knife|blade)",
      '|\\bstaple gun|\\bglue gun|\\bblade of grass|\\brazor blades?|\\bhammer toes?|\\bpetrol (?:station|money|prices?|costs?)',
      "|\\bshoulder blade|\\bweapon of choice|\\b(?:my|him|her)self (?:[\\w']+ ){0,6}?(?:knife|knives|blade)|\\b(?:cut|stab|hurt|harm)\\w* (?:my|him|her|them)sel(?:f|ves) with (?:a|the) knife",
    ),
  },
  {
    id: 'threat.threatened',
    kind: 'threat',
    pattern: re('\\bthreat(?:en(?:ed|ing|s)?|s)?\\b'),
    // The practice "threatened" to remove a patient from the list; "life-threatening" illness.
    unless: re(
      '\\blife[- ]?threatening|\\bthreat(?:ened|ening|en)? (?:me |us |him |her )?(?:to|with) (?:remov|strik|deregist|cancel|tak(?:e|ing) (?:me|us|him|her) off|being (?:removed|struck))',
      '|\\bthreat of (?:removal|being removed|deregistration)|\\bnon[- ]threatening|\\bthreat(?:ened)? (?:to )?(?:report|complain)',
    ),
  },
  {
    id: 'threat.i-know-where-you-live',
    kind: 'threat',
    pattern: re(
      "\\bi know where (?:[\\w']+ ){1,3}?(?:lives?|parks?|goes|works|drinks|finishes|drives|sleeps|kids go)\\b",
      "|\\bi (?:know|have got|'ve got|got) (?:your|her|his|their) (?:address|car reg|reg(?:istration)?|home address)",
      "|\\bi(?:'ll| will| am going to|'m going to) (?:track|hunt|find) (?:you|him|her|them)(?: down)?\\b(?! (?:a|an|the|helpful|useful|very|really|on|in|at|to))",
      '|\\bwatch (?:your|yer|their|his|her) backs?\\b|\\b(?:watch|mind) (?:yourselves|your step|him|her)sel(?:f|ves)?\\b',
      "|\\b(?:i'm|we're|i am|we are|they're|he's) coming (?:for|after) (?:you|him|her|them|the lot|that)\\b",
      '|\\b(?:teeth|face) (?:\\w+ ){0,3}?(?:up )?off the floor\\b|\\bmassacre|\\bblood ?bath|\\bshoot (?:\\w+ )?up\\b|\\bblow (?:\\w+ ){0,2}?up\\b',
      "|\\b(?:better|best) hope (?:i|we) (?:don't|do not|never) (?:see|catch|meet|bump into|find)",
      "|\\b(?:i'll|i will) (?:be )?wait(?:ing)? (?:\\w+ ){0,3}?(?:outside|in the car ?park|when (?:she|he|you|they) finish|after (?:her|his|your|their) shift)",
      `|\\b(?:i'll|i will|we'll|i'm going to|i am going to|he'll|they'll) (?:be )?${upTo(4)}(?:outside|in the car ?park|at the (?:door|back door|entrance|back)|round the back)\\b`,
      `(?= ${upTo(6)}(?:finish\\w*|shift|home time|clock\\w* off|leaves?|leaving|brave|see how|have a word|sort|come out|comes out|for (?:her|him|them|you|that|the|dr)\\b))`,
      '|\\bsee how (?:brave|tough|hard|cocky|smug|mouthy|gobby|clever|funny|big) (?:he|she|they|you) (?:is|are|feels?)\\b',
    ),
  },
  {
    id: 'threat.someone-will-get-hurt',
    kind: 'threat',
    pattern: re(
      "\\b(?:someone|somebody|people|you|staff|someone's|somebody's|one of you)(?: is| are|'s)? (?:going to|will|'ll) (?:end up )?get(?:ting)? (?:seriously )?",
      '(?:hurt|killed|stabbed|hit|smacked|punched|slapped|battered|decked|attacked|a slap|a smack|a punch|a kicking)',
      "|\\b(?:he|she|you|they)(?:'ll| will) get (?:it|what'?s coming|theirs|his|hers)\\b(?! (?:sorted|done|back|right|wrong|fixed|checked|seen|looked))",
      "|\\b(?:better|best) not be (?:there|working|on (?:shift|duty)|in)\\b|\\byou(?:'ll| will) (?:find out|see) what happens\\b",
      "|\\bmake (?:your|his|her|their|the staff's|everyone's) li(?:fe|ves) (?:a )?(?:living )?(?:hell|misery)\\b|\\bsleep with one eye open|\\bmark my words\\b",
      '|\\b(?:(?:you|someone|somebody|one of you|(?:the|that|this) \\w+|they|he|she) (?:will|is going to|are going to|is gonna|are gonna|going to)',
      "|you'll|they'll|he'll|she'll|someone'll) (?:all )?(?:pay|regret|be sorry|get what'?s coming)\\b",
      "(?! for (?:parking|prescriptions?|it out of|the|your|a|an|my)\\b| back| the bill| attention| a fee| extra)|\\byou(?:'ll| will) suffer\\b",
      "|\\bmake (?:sure|certain) (?:[\\w']+ ){0,3}?(?:regrets?|pays?|suffers?)\\b",
      "|\\bthere (?:will|'ll) be consequences|\\byou(?: have|'ve) been warned\\b|\\b(?:last|final) warning\\b",
      "|\\b(?:won't|will not|can't|cannot|not|i'm not|i am not) (?:be )?(?:held )?responsible for (?:my actions|my behaviou?r|his actions|what i|what he|what we|what happens)",
      "|\\b(?:someone|somebody|people|staff|one of you)(?: is| are|'s) getting (?:hurt|killed|stabbed|hit|punched|smacked|battered)\\b",
      "|\\bsomething (?:bad|nasty|terrible) (?:will|'ll|is going to) happen to (?:you|her|him|them|that|the|your)\\b|\\bwon't know what(?:'s)? hit (?:you|them|him|her)",
      "|\\b(?:i'll|we'll|i will|going to) get (?:you|him|her|them)(?: back| for (?:this|that|it))?(?= *(?:$|[.!]| back| for (?:this|that|it)))",
    ),
  },
  {
    id: 'threat.conditional',
    kind: 'threat',
    pattern: re(
      "\\bthere (?:will|'ll|is going to) be (?:trouble|consequences|hell to pay|blood)\\b|(?<!wait )\\band see what happens\\b",
      "|\\b(?:kill|murder|stab|strangle|throttle|shoot|punch|slap|batter|smack|deck|lamp|thump) (?:that|the|this|your) (?:[\\w']+ ){0,2}?(?:receptionist|doctor|gp|nurse|manager|locum|pharmacist|woman|man|bloke|cow|bitch|idiot)s?\\b",
      '|\\barson\\b|\\bkidnap\\w*|\\bhostage',
      `|\\bmake ${AIMED} (?:cry|suffer|pay|regret|sorry|bleed|scream)\\b`,
      "|\\b(?:i'm|i am|i'll|i will|going to|gonna) (?:\\w+ )?(?:go|going|kick|kicking) (?:off|mental|mad|ape|nuts|crazy|ballistic) (?:at|in|on) (?:reception|the receptionists?|them|staff|you|the doctor|the surgery|someone|her|him)\\b",
      "|\\bwe(?:'ll| will) see how (?:\\w+ )?(?:she|he|they|you) (?:is|are|likes?)\\b",
      '|\\b(?:coming|come|be coming) (?:in|down|round)(?: there)? with (?:my )?(?:brothers|mates|lads|boys|family|cousins|friends|crew)\\b',
      "|\\b(?:brick|bricks|rock|stone|petrol|firework|fire ?bomb|petrol bomb|molotov)s? (?:[\\w']+ ){0,3}?(?:through|at) (?:your|the|their|his|her) (?:\\w+ )?(?:windows?|doors?|letterbox|cars?|reception|face|head)",
      "|\\b(?:smash|smashing|trash|trashing|wreck|wrecking|torch|torching|set fire to|firebomb) (?:up )?(?:[\\w']+ ){0,2}?(?:the|this|that|your|their|his|her) (?:\\w+ )?(?:place|surgery|building|practice|reception|windows?|doors?|cars?|house|office|clinic|screens?)\\b",
      '|\\b(?:burn\\w*|raz\\w*|torch\\w*|flatten\\w*) (?:\\w+ ){0,4}?to the ground\\b|\\bset (?:\\w+ ){0,3}?(?:alight|on fire)',
    ),
  },
  {
    id: 'threat.take-with-me',
    kind: 'threat',
    pattern: re(
      "\\b(?:i'll|i will|going to) take (?:that|the|this|them|him|her|you|some|a few|every)\\b(?: \\w+){0,3}? (?:with me|down with me)",
    ),
    context: re('\\b(?:kill|die|end it|suicid)'),
  },
];
