import { near, nearEither, re, upTo, type FlagRule } from './rule.js';

/**
 * Self-harm and suicide. Not negatable and not resolvable (see rule.ts): a patient who writes
 * "I'm not suicidal but…", or that they tried last year, is told about by a person, not a regex.
 * The rules are concepts, not phrases: a harming verb in any form aimed at oneself; a wish to die,
 * not wake, not exist or disappear; others better off; no point living; a method or a preparation;
 * cutting and burning of the body; overdose. Left out on purpose: impersonal mentions (prevention
 * posters, training), "X is killing me", "died laughing", "dying for a cuppa", "the death of me",
 * "lost the will to live" (nearly always said of a wait), "no point ringing at 8", "end of my
 * tether", accidental injuries ("hurt myself at the gym", "cut my finger chopping onions").
 */

/** Oneself or the person spoken of. */
const REFLEXIVE = '(?:my ?self|meself|myslef|her ?self|him ?self|themsel(?:f|ves)|yourself|ourselves)';

/** Harming verbs in their forms. "off myself", "top myself" are UK slang for suicide. */
const HARM_VERB =
  '(?:kill|hurt|harm|cut|slash|stab|burn|scald|scratch|hang|drown|poison|starv|strangl|shoot|shot|injur|punish|' +
  'end|finish|top|off|overdos|od)(?:s|ed|ing|t|e|es|ping|ped|ting|ged|ging)?';

/** Wanting, wishing, hoping, praying: how a death wish is usually said. */
const WISH = '(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|ready|hope|hoping|pray|praying|prefer|rather)';

/** Body parts where cutting and burning are done (not fingers: kitchen accidents). */
const SKIN = '(?:arms?|wrists?|thighs?|legs?|skin|hips?|body|forearms?|ankles?)';

const DRUG =
  '(?:tablets|pills|paracetamol|co-?codamol|codeine|tramadol|morphine|oramorph|diazepam|sertraline|citalopram|' +
  'fluoxetine|mirtazapine|amitriptyline|pregabalin|gabapentin|zopiclone|quetiapine|lithium|propranolol|insulin|' +
  'ibuprofen|aspirin|meds|medication|medicine|antidepressants|painkillers|sleeping (?:pills|tablets))';

export const SELF_HARM_RULES: readonly FlagRule[] = [
  {
    id: 'self-harm.suicide',
    kind: 'self-harm',
    // Common misspellings included: sucidal, suicde, suiside, sewerside.
    pattern: re('\\b(?:suicid|sucid|suicd|suacid|suiscid|suisid|sueicid|suiced|sewersid)\\w*|\\bsuis?ide\\b'),
    unless: re(
      '\\bsuicide (?:prevention|awareness)(?: \\w+)?(?: leaflets?| posters?| training| week| day| month| campaign)',
      "|\\b(?:career|political|social|commercial|financial) suicide|\\b(?:is|was|be|it's) (?:\\w+ )?suicide for\\b",
    ),
  },
  {
    id: 'self-harm.kill-self',
    kind: 'self-harm',
    pattern: re(
      `\\b${HARM_VERB} (?:or \\w+ |and \\w+ )?${REFLEXIVE}\\b|\\bkms\\b`,
      `|\\b(?:do|did|doing|done) (?:something|anything|things) (?:(?:stupid|silly|daft|bad) )?to ${REFLEXIVE}`,
      '|\\b(?:do|did|doing) (?:something|anything) (?:stupid|silly|daft)\\b|\\b(?:drink|drank|drinking|starv\\w*|smok\\w*) (?:my|him|her)self to death',
      `|\\b(?:throw|threw|throwing) ${REFLEXIVE} (?:off|in front|under|from|into the (?:river|sea|canal))`,
      `|\\b(?:a )?danger to ${REFLEXIVE}`,
    ),
    // Everyday injuries, not harm done on purpose.
    unless: re(
      '\\b(?:fell|fallen|slipped|tripped|accidentally)(?: over| down)?(?: and)? (?:hurt|cut|burnt|burned|injured)',
      '|\\bshot (?:my|him|her)self in the foot',
      `|\\b(?:hurt|cut|burnt|burned|injured|scalded|scratched) ${REFLEXIVE} (?:\\w+ ){0,2}?(?:at (?:work|the gym|football)|while|when|lifting|playing|shaving|cooking|chopping|gardening|running|on the|in the (?:garden|kitchen|gym))`,
    ),
  },
  {
    id: 'self-harm.self-harm',
    kind: 'self-harm',
    pattern: re('\\bself[- ]?(?:harm|injur|hurt|destruct|cut|mutilat)\\w*'),
  },
  {
    id: 'self-harm.end-life',
    kind: 'self-harm',
    pattern: re(
      '\\b(?:end|ending|ended|ends|take|taking|took|taken|takes) (?:my|his|her|their|me|your) (?:own )?life\\b',
      '|\\bend(?:ing|ed)? it all\\b|\\b(?:end|ending|ended) (?:things|everything)\\b',
      "|\\b(?:think\\w*|thought|want\\w*|going to|plan\\w*|might|will|'ll|just|about|could|tempted to|tried|try|trying|attempt\\w*)",
      ' (?:about |of |to )?(?:end|ending) it\\b(?! (?:with|on|there|here|for|early|now))',
      '|\\b(?:attempt\\w*|tried|try|trying) (?:\\w+ )?(?:on (?:my|his|her) (?:own )?life|to (?:kill|hang|drown|od|overdose|jump|end))',
      '|\\b(?:my|his|her|their) (?:last |previous |recent |first |second |third |latest |suicide )?attempt\\b',
      '(?! (?:to|at|of|this|today|yesterday|on (?:the|booking|getting|calling)) )',
    ),
  },
  {
    id: 'self-harm.want-to-die',
    kind: 'self-harm',
    pattern: re(
      near(`\\b${WISH}`, "(?:to )?(?:die|be dead|i (?:was|were|'d|had) (?:dead|died|never been born))\\b", 3),
      "|\\bwish (?:i|i'd) (?:was|were|had) (?:dead|died|never been born)|\\bbetter off dead\\b",
      '|',
      near(`\\b${WISH}`, "(?:won't|don't|not|never|wouldn't) (?:wake|come round|open my eyes)\\b", 4),
      '|\\b(?:never|not) (?:to )?wake up (?:again|ever)\\b',
      '|\\b(?:go to sleep|sleep|fall asleep|close my eyes|go to bed) (?:\\w+ ){0,2}?(?:and )?(?:not|never) (?:wake|come round|open)',
      "|\\b(?:don't|do not|didn't|doesn't|does not) want to (?:live|exist|wake up|be alive|be around|carry on|go on)\\b(?! (?:on|with) (?:the|this|a|an|my|it|them|holiday))",
      "|\\b(?:don't|do not|doesn't|does not) want to be here\\b(?= *(?:$|[.,!?]|any ?more|any longer|no more|now|now[.,]))",
      '|\\bnot wanting to (?:be here|live|be alive|wake up|exist)',
    ),
    unless: re('\\b(?:die|dead) (?:of|from|with) (?:embarrassment|shame|boredom|laugh\\w*)|\\bdying (?:for|to) '),
  },
  {
    id: 'self-harm.better-off-without-me',
    kind: 'self-harm',
    pattern: re(
      "\\bbetter off (?:dead|without me|if i (?:was|were)(?:n't| not) (?:here|around|alive)|if i (?:was|were) gone)",
      "|\\b(?:i am|i'm|feel like|feel|being|as) (?:such |just |a total |a massive |nothing but )?(?:a )?burden\\b",
      "|\\b(?:every(?:one|body)|they|family|kids|children|husband|wife|world|people)(?: would|'d)(?: all)? be (?:better|happier)(?! (?:with|at|if (?:the|you|they|we)))",
      "|\\bif i (?:wasn't|weren't|was not|were not) (?:here|around|alive)\\b|\\bif i (?:was|were) (?:gone|dead|not (?:here|around|alive)|no longer)",
      "|\\b(?:when|once) (?:i'm|i am) (?:gone|dead|not here)\\b|\\bif i (?:disappeared|vanished|died|was to die)\\b",
    ),
  },
  {
    id: 'self-harm.no-reason-to-live',
    kind: 'self-harm',
    pattern: re(
      "\\b(?:no|not any|nothing|no more|what(?:'s| is) the) (?:point|reason|purpose)? ?(?:in |of )?(?:living|to live|being alive|to live for|left to live for)\\b(?! room)",
      '|\\b(?:point|reason) (?:in |of )?(?:existing|life)\\b',
      "|\\b(?:no|what(?:'s| is) the) point (?:in |of )?(?:going on|carrying on|anything)(?= *(?:$|[.,!?]| any ?more| like this| with (?:life|living)))",
      "|\\b(?:can't|cannot|can not) (?:go on|carry on|do this|take (?:it|this)|cope|keep going|live)(?: like this| any ?more| much longer| any longer| for much longer)\\b",
      "|\\bi (?:just |really |honestly )?(?:can't|cannot) (?:go on|carry on|do this|keep going|cope|take (?:it|this))(?= *(?:$|[.,!]))",
      "|\\b(?:can't|cannot|don't think i can|not able to|unable to) keep (?:my|him|her|them)sel(?:f|ves) safe|\\bnot safe (?:from|with) (?:my|him|her)self",
      "|\\b(?:can't|cannot) take (?:any ?more|much more)\\b",
      "|\\blife (?:is|isn't|is not|not|ain't) (?:not )?worth (?:living|it)\\b",
      '|\\b(?:had enough of|sick of|tired of|done with|fed up of|fed up with) (?:life|living|being alive|existing|it all)\\b',
      `|\\b(?:only|one) (?:reason|thing) ${upTo(4)}(?:still (?:here|alive|going)\\b(?! (?:at|with|in) (?:this|the) )|keep(?:s|ing)? me (?:here|going|alive|from))`,
    ),
  },
  {
    id: 'self-harm.hopelessness',
    kind: 'self-harm',
    pattern: re(
      "\\b(?:don't|do not|can't|cannot) see (?:the |any )?point (?:in (?:anything|living|life|going on|carrying on|being here)|any ?more|of (?:living|life|anything))",
      '|\\bmight as well (?:not be here|be dead|end it|give up on life)',
      '|\\b(?:dark|bad|horrible|scary|awful|frightening|intrusive|morbid|black) thoughts\\b|\\bdark place\\b',
      '|\\bthoughts? (?:of|about) (?:dying|death|being dead|ending|not being here|not existing|hurting|harming|killing)',
      '|\\bgiv(?:e|ing) up on (?:life|living|myself|everything)\\b',
      '|\\bfeel(?:s|ing)? like giving up\\b(?! on (?:the|this|my|your|getting|trying|ringing|calling|phoning|booking|them|you|it))',
      "|\\b(?:no one|nobody|no-one) (?:\\w+ ){0,2}?would (?:\\w+ )?(?:notice|care|miss me)|\\bin case i (?:don't|do not) make it\\b",
      '|\\bwant(?:s|ed|ing)? (?:it|everything|it all|all (?:of )?this|this|the pain|life) to (?:end|stop)\\b|\\b(?:disappear|vanish)(?:ed|ing)? (?:for good|forever|for ever|permanently)',
      '|\\bwant(?:s|ed|ing)? to (?:disappear|vanish)\\b',
      "|\\b(?:about|of|to|just|could|i'd rather|rather|i) (?:not|stop|cease to|no longer) exist(?:ing)?\\b|\\bstop(?:ped)? existing\\b|\\bcease to exist\\b",
      "|\\bi(?:'ll| will| would|'d| might| may| should)? (?:\\w+ ){0,2}?(?:not|no longer) (?:be|being) (?:here|around|alive)\\b",
      '(?! (?:next|on|for|tomorrow|at|in|until|till|this|that|when|because|during|by|all|to|today|so|from|after|as|since))',
      "|\\bi (?:won't|wouldn't|shan't) be (?:here|around|alive) (?:much longer|for much longer|for long|any ?more|any longer)",
      '|\\b(?:feel|feeling|felt) (?:so |completely |totally |utterly )?(?:hopeless|worthless)\\b',
    ),
    // Thanks: "without Dr X I wouldn't be here".
    unless: re(
      "\\bwithout (?:[\\w']+ ){1,5}i (?:would|'d)(?: not|n't)? (?:\\w+ )?be (?:here|alive|around)",
      "|\\b(?:would not|wouldn't|might not|may not) (?:still )?be (?:here|alive|around)(?: today| now)?,? (?:without|if it|if not|but for|were it not|thanks)",
    ),
  },
  {
    id: 'self-harm.injuries',
    kind: 'self-harm',
    pattern: re(
      near(
        '\\b(?:cut|cuts|cutting|slash\\w*|scratch\\w*|carv\\w*|burn|burns|burning|burnt|scrap(?:e|ing|ed)|scars?)',
        `(?:my|her|his|their|the) ${SKIN}\\b`,
        4,
      ),
      `|\\b(?:the|her|his|my|their) cutting\\b(?! (?:of|down|back|edge|room|board))|\\bcutting (?:again|${REFLEXIVE})|\\bfrom cutting\\b`,
      `|\\b(?:cutting|slashing|burning|scratching) (?:her|his|my|their) ${SKIN}`,
    ),
    // Itching skin, not self-harm.
    unless: re(nearEither('\\bscratch\\w*', '(?:itch\\w*|eczema|rash|psoriasis|hives|allerg\\w*|dermatitis)', 8)),
  },
  {
    id: 'self-harm.method',
    kind: 'self-harm',
    pattern: re(
      '\\bjump(?:s|ed|ing)? (?:off|in front of|from|into) (?:a |the |my |some )?(?:bridge|building|roof|train|car|bus|lorry|traffic|cliff|balcony|motorway|car park|river|canal|tracks?|railway)',
      '|\\b(?:step\\w*|walk\\w*|throw\\w*|lie|lying|lay|run\\w*|ran) (?:out )?(?:in front of|under) (?:a |the )?(?:train|trains|bus|lorry|car|cars|traffic)',
      '|\\bwalk\\w* into (?:the )?(?:sea|river|canal|traffic)',
      '|\\b(?:tablets|pills|meds) saved up|\\bstockpil\\w*|\\b(?:saving|hoard\\w*|stash\\w*) (?:up )?(?:of )?(?:my )?(?:tablets|pills|meds)',
      '|\\b(?:think\\w*|thought|going|plan\\w*|want\\w*|tempted) (?:about |of |to )?(?:taking|take) (?:them all|all (?:my|of my|the|of them|them)|the lot|the whole)',
      '|\\bnoose\\b|\\bligature|\\bways (?:to|of) (?:die|dying|kill|end|commit)|\\bhow to (?:die|kill (?:my|your)self|end it|end my life)',
      '|\\b(?:lethal|fatal|deadly) (?:dose|amount)|\\bhow many (?:[\\w-]+ ){0,3}?(?:would (?:kill|do it|be enough|it take)|it (?:would|will) take|it takes|to (?:take|kill|die)|(?:would|to) be fatal)\\b',
      '|\\b(?:goodbye|suicide|farewell) (?:letters?|notes?|messages?|texts?|videos?)\\b|\\bsaid (?:my |his |her )?goodbyes\\b',
      '|\\bg(?:ave|ive|iving) away (?:all )?(?:my|his|her) (?:things|stuff|belongings|possessions)|\\b(?:my|his|her) affairs in order',
      `|\\bhang(?:ing|ed)? (?:from|in) (?:the|a) (?:loft|garage|tree|banister|stairs)|\\bfound (?:me|him|her|them) hanging`,
    ),
  },
  {
    id: 'self-harm.rope-or-blades',
    kind: 'self-harm',
    pattern: re('\\b(?:rope|ropes|razor blades?|blades)\\b'),
    context: re(
      '\\b(?:neck|garage|loft|tree|beam|banister|hang\\w*|found (?:me|him|her)|bought|hid(?:den|ing|es)?|arms?|wrists?|thighs?|skin|under (?:her|his|my) (?:bed|pillow|mattress))\\b',
    ),
    unless: re('\\b(?:show\\w* (?:me |him |her |us )?the ropes|skipping rope|on the ropes)'),
  },
  {
    id: 'self-harm.overdose',
    kind: 'self-harm',
    pattern: re(
      "\\bover ?dos(?:e|ed|es|ing)\\b|\\b(?:an|an?other) o\\.?d\\b|\\bo\\.?d'?(?:d|ed|ing) on\\b|\\bo\\.?d'd\\b",
      '|\\b(?:took|taken|swallowed|downed|necked) (?:\\d{2,}|all|loads|lots|too many|the lot|a load|a handful|a bunch|a (?:whole|full) (?:box|packet|bottle|strip|pack)',
      `|the whole (?:box|packet|bottle|pack))(?: of)?(?: (?:my|his|her|the|them|these|those))? ?(?:\\w+ )?${DRUG}`,
      `|\\b(?:took|taken|swallowed|downed) (?:a (?:box|packet|bottle|pack|strip) of|\\w+ packets of) ${upTo(1)}${DRUG}`,
    ),
    unless: re('\\boverdose (?:risk|limit|warning|advice|information|info|danger)s?\\b|\\brisk of (?:an )?overdose'),
  },
];
