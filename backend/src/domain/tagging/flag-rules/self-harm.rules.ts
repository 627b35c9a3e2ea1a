import { re, type FlagRule } from './rule.js';

/**
 * Self-harm and suicide. Not negatable and not resolvable (see rule.ts): a patient who writes
 * "I'm not suicidal but…", or that they tried last year, is told about by a person, not a regex.
 * Left out on purpose: impersonal mentions (prevention posters, training), "X is killing me",
 * "died laughing", "lost the will to live" (nearly always said of a wait), "can't cope" alone.
 */
export const SELF_HARM_RULES: readonly FlagRule[] = [
  {
    id: 'self-harm.suicide',
    kind: 'self-harm',
    // Common misspellings included: sucidal, suicde, suiside, sewerside.
    pattern: re('\\b(?:suicid|sucid|suicd|suacid|suiscid|suisid|sueicid|suiced|sewersid)\\w*|\\bsuis?ide\\b'),
    unless: re(
      '\\bsuicide (?:prevention|awareness)(?: \\w+)?(?: leaflets?| posters?| training| week| day| month| campaign)',
      '|\\b(?:career|political|social|commercial|financial) suicide',
    ),
  },
  {
    id: 'self-harm.kill-self',
    kind: 'self-harm',
    pattern: re(
      '\\b(?:kill(?:ing|ed|s)?|top(?:ping|ped)?|off(?:ing)?|hang(?:ing|ed)?|hung|drown(?:ing|ed)?|poison(?:ing|ed)?',
      '|harm(?:ing|ed|s)?|hurt(?:ing|s)?|cut(?:ting|s)?|burn(?:ing|t|ed|s)?|starv(?:e|ing|ed)|stab(?:bing|bed)?',
      '|strangl(?:e|ing|ed)|shoot(?:ing)?|shot) (?:my ?self|meself|myslef|herself|himself|themselves|themself|yourself)\\b',
      '|\\bkms\\b',
    ),
    // Everyday injuries, not harm done on purpose.
    unless: re(
      '\\b(?:fell|fallen|slipped|tripped)(?: over| down)?(?: and)? (?:hurt|cut|burnt|burned)',
      '|\\b(?:hurt|cut|burnt|burned) (?:my|him|her)self (?:at (?:work|the gym|football)|while|lifting|playing|shaving|cooking|on the)',
    ),
  },
  {
    id: 'self-harm.self-harm',
    kind: 'self-harm',
    pattern: re('\\bself[- ]?(?:harm|injur|hurt|destruct)\\w*'),
  },
  {
    id: 'self-harm.end-life',
    kind: 'self-harm',
    pattern: re(
      '\\b(?:end|ending|ended|take|taking|took|taken) (?:my|his|her|their|me) (?:own )?life\\b',
      '|\\bend(?:ing)? it all\\b',
      "|\\b(?:think\\w*|thought|want\\w*|going to|plan\\w*|might|will|'ll|just|about|could|tempted to)",
      ' (?:about |of |to )?(?:end|ending) it\\b(?! (?:with|on|there|here|for))',
    ),
  },
  {
    id: 'self-harm.want-to-die',
    kind: 'self-harm',
    pattern: re(
      '\\b(?:want|wanted|wanting|wish|wished|ready) (?:to )?(?:die|be dead|not (?:be here|wake up|exist))\\b',
      "|\\bwish (?:i|i'd) (?:was|were|had) (?:dead|died|never been born)",
      "|\\b(?:don't|do not|didn't) want to (?:be (?:here|alive|around) any ?more|live|wake up|exist|be alive)",
      '|\\bnot wanting to (?:be here|live|be alive|wake up)',
    ),
    unless: re('\\b(?:die|dead) (?:of|from|with) (?:embarrassment|shame|boredom|laugh\\w*)'),
  },
  {
    id: 'self-harm.better-off-without-me',
    kind: 'self-harm',
    pattern: re(
      "\\bbetter off (?:dead|without me|if i (?:was|were)(?:n't| not) (?:here|around|alive)|if i (?:was|were) gone)",
      "|\\b(?:i am|i'm|feel like|feel|being) (?:such |just )?(?:a )?burden\\b",
    ),
  },
  {
    id: 'self-harm.no-reason-to-live',
    kind: 'self-harm',
    pattern: re(
      '\\b(?:no|not any|nothing|no more) (?:point|reason|purpose)? ?(?:in )?(?:going on|living|carrying on|to live|',
      'being alive|to live for|left to live for)\\b(?! room)',
      "|\\b(?:can't|cannot|can not) (?:go on|carry on) any ?more\\b",
    ),
  },
  {
    id: 'self-harm.hopelessness',
    kind: 'self-harm',
    pattern: re(
      "\\b(?:don't|do not|can't|cannot) see (?:the |any )?point (?:in (?:anything|living|life|going on|carrying on|being here)|any ?more|of (?:living|life|anything))",
      '|\\bmight as well (?:not be here|be dead|end it|give up on life)|\\b(?:end|ending|ended) (?:things|everything)\\b',
      '|\\bdark (?:thoughts|place)\\b|\\b(?:go to sleep|sleep|fall asleep|close my eyes) and (?:just )?(?:not|never) wake up',
      '|\\bdone with (?:life|living|it all|everything)\\b|\\bgiv(?:e|ing) up on (?:life|living)\\b|\\btired of (?:living|life|being alive)',
      '|\\b(?:no one|nobody|no-one) would (?:notice|care|miss me)|\\bif i (?:was|were) (?:gone|dead|not here|not around)\\b',
      "|\\bcan't (?:do this|take (?:it|this)|cope|go on) any ?more\\b|\\bin case i (?:don't|do not) make it\\b",
      '|\\bwant(?:ing)? (?:it|everything|it all) to (?:end|stop)\\b|\\bwant(?:ing)? to disappear\\b',
      '|\\b(?:feel|feeling|felt) (?:so |completely |totally |utterly )?(?:hopeless|worthless)\\b',
    ),
  },
  {
    id: 'self-harm.injuries',
    kind: 'self-harm',
    pattern: re(
      '\\b(?:scars|cuts|cutting|scratch(?:ing|ed|es)?|burns) (?:\\w+ ){0,3}?(?:my|her|his|their) (?:arms|wrists?|legs|thighs|stomach)',
      '|\\bfrom cutting\\b|\\bcutting (?:her|his|my|their) (?:arms?|wrists?|legs?|thighs?)',
    ),
  },
  {
    id: 'self-harm.method',
    kind: 'self-harm',
    pattern: re(
      '\\bjump(?:ing|ed)? (?:off|in front of|from) (?:a |the |my )?(?:bridge|building|roof|train|car|cliff|balcony|motorway|car park)',
      '|\\b(?:tablets|pills|meds) saved up|\\bstockpil\\w*|\\bsaving (?:up )?(?:my )?(?:tablets|pills|meds)',
      '|\\b(?:think\\w*|thought|going|plan\\w*|want\\w*|tempted) (?:about |of |to )?(?:taking|take) (?:them all|all (?:my|of my|the|of them|them)|the lot|the whole)',
    ),
  },
  {
    id: 'self-harm.overdose',
    kind: 'self-harm',
    pattern: re(
      "\\bover ?dos(?:e|ed|es|ing)\\b|\\b(?:an|an?other) o\\.?d\\b|\\bo\\.?d'?(?:d|ed) on\\b",
      '|\\b(?:took|taken|swallowed) (?:\\d{2,}|all|loads|lots|too many|a handful|a (?:whole|full) (?:box|packet|bottle|strip)',
      '|the whole (?:box|packet|bottle))(?: of)?(?: (?:my|his|her|the|them|these|those))? ?(?:\\w+ )?',
      '(?:tablets|pills|paracetamol|co-?codamol|ibuprofen|aspirin|meds|medication|antidepressants|sertraline|codeine)',
    ),
  },
];
