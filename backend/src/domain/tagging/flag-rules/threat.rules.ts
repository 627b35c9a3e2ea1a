import { TARGET, re, type FlagRule } from './rule.js';

/** "I'll", "going to", "I could", "someone should": the writer (or someone) means to act. */
const INTENT =
  "(?:i'll|i will|i'm going to|i am going to|going to|i could|i'd|i want to|i swear|he'll|he will|he's going to|" +
  "they'll|we'll|she'll|someone should|somebody should|someone needs to|i might|i may|i'll be tempted to)";

/** Violence aimed at a person. "kill for", "kill time", "killing it", "kill me" are not aimed at anyone. */
const VIOLENT_VERB =
  '(?:kill|murder|stab|strangle|batter|punch|deck|smack|slap|shoot|throttle|thump|hit|hurt|beat up|beat|' +
  'attack|glass|kick|headbutt|knife|smash|burn|bomb|torch|wring|lamp|twat|whack|floor|slit)';

/**
 * Threats to staff or others, and weapons. Hyperbole aimed at a person ("I could strangle the
 * receptionist") is flagged: staff safety first. Idioms aimed at nothing are not: "I'd kill for an
 * appointment", "the nurse was killing it", "killing time", "jumped the gun", "costs a bomb", a flu
 * "shot", "under the knife", "heart attack".
 */
export const THREAT_RULES: readonly FlagRule[] = [
  {
    id: 'threat.violence-to-person',
    kind: 'threat',
    pattern: re(
      `\\b${INTENT} (?:\\w+ ){0,4}?${VIOLENT_VERB} ${TARGET}\\b`,
      `|\\b${INTENT} (?:\\w+ ){0,4}?(?:knock|sort|kick|smash|burn|deal with) ${TARGET} (?:\\w+ )?(?:out|in|up|down|myself|himself)\\b`,
      '|\\b(?:burn|smash|torch) (?:the|this|that|your) (?:place|surgery|building|practice)(?: \\w+)? (?:down|up)\\b',
    ),
  },
  {
    id: 'threat.weapon',
    kind: 'threat',
    pattern: re(
      '\\b(?:knife|knives|machete|blade|gun|guns|firearm|shotgun|pistol|rifle|bomb|explosives?|acid|baseball bat|crossbow)\\b',
    ),
    unless: re(
      '\\bunder the knife|\\bknife[- ]edge|\\bjump(?:ed|ing|s)? the gun|\\b(?:cost|costs|costing|spent|spend|paid|pay) (?:\\w+ )?a bomb',
      '|\\bwent down a bomb|\\bgo(?:es|ing)? down a bomb|\\bthe bomb\\b(?! (?:in|at|under|on))|\\bbomb ?(?:site|proof)',
      '|\\bfolic acid|\\bacid (?:reflux|indigestion)|\\bstomach acid|\\buric acid|\\bacid (?:test|levels?)|\\bamino acids?',
      '|\\bstaple gun|\\bglue gun|\\bblade of grass',
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
      '\\bi know where (?:you|he|she|they|the \\w+|that \\w+|your \\w+|dr \\w+) (?:lives?|park|go)\\b',
      '|\\bwatch (?:your|yer|their|his|her) backs?\\b',
      "|\\b(?:better|best) hope (?:i|we) (?:don't|do not|never) (?:see|catch|meet|bump into|find)",
      "|\\b(?:i'll|i will) (?:be )?wait(?:ing)? (?:\\w+ ){0,3}?(?:outside|in the car ?park|when (?:she|he|you|they) finish|after (?:her|his|your|their) shift)",
    ),
  },
  {
    id: 'threat.someone-will-get-hurt',
    kind: 'threat',
    pattern: re(
      "\\b(?:someone|somebody|people|you|staff|someone's|somebody's|one of you)(?: is| are|'s)? (?:going to|will|'ll) get (?:hurt|killed|stabbed|hit|seriously hurt|smacked)",
      "|\\b(?:you'll|you will|you are going to|you're going to|they'll|he'll|she'll) (?:be sorry|regret (?:it|this)|pay for (?:it|this))",
      '|\\bmake sure (?:that|the|this|you|he|she|they|dr)(?: \\w+)? (?:regrets?|pays?)\\b',
      "|\\bthere (?:will|'ll) be consequences|\\byou(?: have|'ve) been warned\\b",
    ),
  },
  {
    id: 'threat.conditional',
    kind: 'threat',
    pattern: re(
      "\\bthere (?:will|'ll|is going to) be (?:trouble|consequences|hell to pay|blood)\\b|(?<!wait )\\band see what happens\\b",
      "|\\bwe(?:'ll| will) see how (?:\\w+ )?(?:she|he|they|you) (?:is|are|likes?)\\b",
      '|\\b(?:needs?|deserves?|asking for) (?:a |a good |her |his |their )?(?:slap|smack|kicking|hiding|punch|beating|thump|battering|clip round the ear)\\b',
      '|\\b(?:coming|come|be coming) (?:in|down|round)(?: there)? with (?:my )?(?:brothers|mates|lads|boys|family|cousins|friends|crew)\\b',
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
