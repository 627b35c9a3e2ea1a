import { near, re, type FlagRule } from './rule.js';

/** Wanting, wishing, planning, thinking about, looking up: the lead-in to a death wish. */
const WISH_OR_THOUGHT =
  '\\b(?:want\\w*|wish\\w*|hop(?:e|es|ing)|pray\\w*|ready|rather|tempted|plan\\w*|urges?|' +
  'think(?:ing)? (?:about|of)|thought (?:about|of)|thoughts (?:about|of)|long(?:ing)? (?:for|to)|dream\\w* (?:about|of)|' +
  'obsess\\w* (?:about|over|with)|fantasi[sz]\\w* (?:about|of)|research\\w*|look(?:ed|ing)? up|googl\\w*|' +
  'search\\w* for|picturing|imagin\\w*)\\b';

/** Dying, not being here, ending it, and the ways people do it. "Dying to", "death of me" and a relative dying are not. */
const DEATH =
  '(?:die\\b(?! (?:of|from|with) (?:embarrass\\w*|shame|boredom|laugh\\w*))|be dead|(?<!(?:my|his|her|our|the) )dead\\b|death\\b(?! of)|' +
  '(?<!(?:is|was|were|are|mum|dad|father|mother|husband|wife|son|daughter|nan|gran|grandad|friend|patients?|people|who) )' +
  'dying\\b(?! (?:to|for|of|with|laughing))|not (?:be )?(?:here|alive|exist\\w*|wake up|around)\\b|' +
  'end (?:it\\b(?! (?:with|on a|there|here|now))|things|everything|my life|it all)\\b|(?<=(?:i|me|to|just|could) )disappear\\w*|' +
  'kill(?:ing)? (?:my|him|her)self|' +
  'hurt(?:ing)? (?:my|him|her)self|harm(?:ing)? (?:my|him|her)self|sleep (?:forever|for ever|for good)|stay asleep|overdos\\w*|' +
  '(?:lethal|fatal) (?:dose|amount)|ways to die|' +
  '(?:driv\\w*|drove|crash\\w*|jump\\w*|step\\w*|walk\\w*) (?:\\w+ ){0,2}?(?:into|off|in front of) (?:a |the )?(?:wall|tree|bridge|lorry|train|traffic|river|sea|cliff))';

/**
 * The broad net under the specific self-harm rules: a wish, plan or thought within six words of a
 * word for dying, ending it or a method; preparations (a plan and the means, a ligature round the
 * neck); injuring until it bleeds; others "relieved" if the writer were gone; attempts with no
 * object ("attempted last month"). Not negatable, not resolvable. Left out: "dying to know", "the
 * death of me", "thinking about my mum who is dying", "I'd rather wait than see a locum".
 */
export const SELF_HARM_CONCEPT_RULES: readonly FlagRule[] = [
  {
    id: 'self-harm.giving-up-on-life',
    kind: 'self-harm',
    pattern: re(
      "\\b(?:can't|cannot|couldn't) face (?:another day|tomorrow|life|living|going on|it any ?more|anything any ?more|waking up)",
      "|\\b(?:don't|do not|can't|cannot) see (?:a |any )?(?:future|way out|way forward)\\b|\\bno future (?:for me|for myself|left)\\b",
      '|\\b(?:see|find|have|got) (?:a |any |no )?reason to (?:live|get up|go on|carry on|keep going|be here|stay)\\b|\\bpoint (?:of|in) me\\b',
      "|\\b(?:felt|feel|feeling) safe (?:\\w+ ){0,3}?(?:said|answered|told (?:her|him|them)) no\\b|\\b(?:don't|do not) feel safe\\b(?= *(?:$|[.,!]))",
      '|\\bwant(?:s|ed)? (?:it|this|everything|it all) (?:all )?(?:to be )?over\\b|\\b(?:whether|if) (?:i|he|she) (?:live|lives|die|dies|wake up|make it|am alive)\\b',
      '|\\bbetter off (?:dead|in the ground|gone|six feet under|not here)|\\b(?:only|one|easy) way out\\b(?! (?:of|is through|via) (?:the|this))',
      '|\\bedge of (?:the|a) (?:\\w+ )?(?:bridge|roof|multi[- ]?storey|cliff|platform|building|car park|balcony|motorway)\\b',
      "|^(?:i'm|i am) (?:so |just )?done[.!]*$|^(?:goodbye|bye)(?: (?:everyone|all|world))?[.!]*$",
      "|\\b(?:thinking|thought|plan\\w*|work\\w* out|decided) (?:about |of )?how (?:i'?d|to|i would|i could|i will|i'll) (?:do it|end it|go)\\b",
    ),
  },
  {
    id: 'self-harm.overdose-concept',
    kind: 'self-harm',
    pattern: re(
      near(
        '\\b(?:took|taken|swallowed|downed|necked|ate|overdid)',
        '(?:pills|tablets|meds|medication|paracetamol|painkillers|co-?codamol|sleeping \\w+)\\b',
        6,
      ),
    ),
    context: re(
      '\\b(?:all|whole|lot|load|loads|handful|bottle|box|packet|strip|too many|\\d{2,}|vodka|wine|alcohol|on purpose|found me|stomach pumped|a ?& ?e|ambulance)\\b',
    ),
    // A child getting into medicines is urgent-clinical, not self-harm.
    unless: re(
      "\\b(?:took|taken|swallowed|ate)(?: [\\w']+){0,8} (?:by accident|accidentally|by mistake)|\\baccidentally (?:took|taken|swallowed|ate)",
    ),
  },
  {
    id: 'self-harm.death-wish',
    kind: 'self-harm',
    pattern: re(near(WISH_OR_THOUGHT, DEATH, 6)),
    unless: re(
      '\\b(?:dead|death) (?:\\w+ ){0,2}?(?:tired|bored|boring|slow|end|line|loss|certificate|cert|rate|trap|zone)\\b',
      '|\\bwant(?:ed)? to (?:die|dye) (?:my|her|his) hair',
    ),
  },
  {
    id: 'self-harm.preparation',
    kind: 'self-harm',
    pattern: re(
      '\\b(?:a|the|my) plan (?:and|with) (?:the )?means\\b|\\b(?:have|got) the means\\b',
      "|\\b(?:i've|i have) (?:got |made )?a plan\\b(?! (?:to (?:lose|get|go|see|book|change|move|stop|start|improve|eat|exercise)|for|with))",
      '|' +
        near(
          '\\b(?:tied|tie|tying|pulled|tightened|wrapped|put|had)',
          '(?:round|around) (?:my|his|her|their) (?:own )?neck\\b',
          4,
        ),
      '|\\b(?:until|till|til|so) (?:it|i|they) (?:bleeds?|bled)\\b|\\bmak(?:e|es|ing) (?:my|him|her)self bleed\\b',
      '|\\bthreaten\\w* (?:to )?(?:do it|end it|do something)\\b|\\battempted (?:again|twice|before|last|in|on|this|at)\\b',
      '|\\btired of (?:fighting|trying|struggling|being here|everything)\\b(?! (?:for|with|to get|the (?:surgery|practice|system)))|\\burges? to (?:cut|hurt|harm|self|die|end|burn)',
    ),
  },
  {
    id: 'self-harm.others-relieved',
    kind: 'self-harm',
    pattern: re(
      "\\b(?:relieved|better off|happier|easier|lighter) (?:\\w+ ){0,3}?if i (?:just |simply )?(?:was|wasn't|were|weren't|was not|were not|died|disappeared|went|wasnt)\\b",
      "|\\bif i (?:just |simply )?(?:wasn't|weren't|was not|were not) (?:here|around|alive)\\b",
    ),
  },
  {
    id: 'self-harm.on-purpose',
    kind: 'self-harm',
    pattern: re('\\b(?:on purpose|deliberately|intentionally)\\b'),
    context: re(
      '\\b(?:hurt\\w*|harm\\w*|cut\\w*|burn\\w*|crash\\w*|die|dying|dead|overdos\\w*|starv\\w*|too fast|hoping|bruis\\w*|bleed\\w*|not eating)\\b',
    ),
    unless: re(
      '\\b(?:she|he|they|receptionist|doctor|staff|gp|surgery|practice) (?:\\w+ ){0,4}?(?:on purpose|deliberately|intentionally)',
    ),
  },
];
