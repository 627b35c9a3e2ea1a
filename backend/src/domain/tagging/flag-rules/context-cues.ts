/**
 * What around a match changes its meaning, as data. Negation follows the NegEx idea (Chapman et
 * al., 2001): a trigger word before the finding, with only "filler" words between, negates it;
 * a question the clinician asked ("asked if I had chest pain") counts as a trigger too. Fillers
 * keep the scope tight: in "no appointments till next week and chest pain" the chest pain is not
 * negated, because "appointments" is not a filler.
 */
const NEGATOR =
  "(?:no|not|never|without|nor|none|denies|denied|deny|no more|no longer|no further|\\w+n't|free (?:of|from)|" +
  'absence of|negative for|ruled out|rule out|no sign of|no signs of|no history of|' +
  'asked (?:me |us |him |her |them )?(?:if|whether|about)|ask(?:s|ing)? (?:me |us )?(?:if|whether|about)|' +
  'check(?:ed|ing|s)? (?:me |him |her |them )?(?:for|if|whether)|screen(?:ed|ing)? for|to rule out|in case of)';

const FILLER =
  '(?:any|a|an|the|more|further|real|significant|obvious|signs?|symptoms?|history|complaints?|episodes?|problems?|' +
  "issues?|of|or|and|nor|with|my|his|her|their|major|serious|bad|new|other|bit|i|i'd|i've|he|she|they|" +
  'had|have|has|having|get|got|getting|experienc\\w*|feel|felt|feeling|notic\\w*|report\\w*|been|suffer\\w*|was|' +
  "were|is|are|ever|actually|really|at|all|even|want|to|going|need|like|i'm|be|this|that|time|so|much|" +
  'single|slightest|kind|sort)';

/** The text before a match ends in a negation trigger and fillers only. */
export const NEGATED_BEFORE = new RegExp(`\\b${NEGATOR}(?: ${FILLER})* ?$`);

/** Between two findings, "or", "and", commas: a negation carries across ("no chest pain or breathlessness"). */
export const COORDINATION = /^(?:[\s,/]|\b(?:or|and|nor|any|no|a|an)\b)*$/;

/**
 * A distant past or a done-and-dealt-with event in the same sentence: the urgent-clinical rules
 * mean "happening now", so "my mum's heart attack last year was handled well" is not urgent. A
 * recent event with no sign of care ("yesterday", "last night", "last week") stays urgent.
 */
export const PAST_OR_HANDLED = new RegExp(
  [
    '\\blast (?:year|month|winter|summer|spring|autumn|christmas|easter)\\b',
    '\\b(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple of) (?:years?|yrs?|months?) (?:ago|back|before)\\b',
    '\\byears (?:ago|back)\\b|\\bin (?:19|20)\\d\\d\\b|\\bback in\\b|\\bprevious(?:ly)?\\b',
    '\\bwhen (?:i|he|she) was (?:a (?:child|kid|baby|teenager)|young|younger|little|pregnant)|\\bas a (?:child|kid|teenager|baby)\\b',
    '\\b(?:was|were|got|been|being) (?:\\w+ )?(?:handled|dealt with|treated|seen to|sorted|managed)(?: \\w+)? (?:well|quickly|brilliantly|fast|promptly|straight away|immediately|perfectly|properly|superbly|amazingly)',
    '\\bsaved (?:my|his|her|their|our) (?:life|lives)\\b',
    '\\b(?:sent|rushed|took|taken|got) (?:me|him|her|us|them) (?:straight |directly |immediately )?(?:to|into) (?:a ?& ?e|a and e|hospital|resus|the hospital)',
    '\\b(?:called|rang|phoned|got) (?:me |us |him |her )?(?:an|for an|999 for an|999 and an|an emergency) ambulance|\\b(?:called|rang) 999\\b',
    '\\bdischarged\\b|\\bcleared up\\b|\\ball clear\\b|\\bfully recovered|\\bmade a (?:full )?recovery|\\bturned out (?:to be|it was)\\b',
    '\\b(?:come|came|just come|been|got|home) (?:out of|from) hospital\\b',
    '\\b(?:spotted|caught|diagnosed|picked up|recogni[sz]ed)\\b(?: \\w+){0,5}? (?:early|quickly|straight away|immediately|in time)\\b',
  ].join('|'),
);

/** Words that say it is still going on, which undo a past-or-handled cue in the same sentence. */
export const STILL_GOING_ON =
  /\b(?:still(?! (?:no|not|waiting|yet|nobody|no one|nothing|haven't|hasn't|have not|has not|awaiting|to hear))|again|right now|at the moment|currently|ongoing|worse|getting worse|this morning|tonight|today|this afternoon|this evening|since (?:yesterday|last night|this morning))\b/;
