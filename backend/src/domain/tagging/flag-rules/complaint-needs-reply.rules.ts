import { gap, re, type FlagRule } from './rule.js';

/** Ways of getting in touch, as asked for ("call me", "let me know", "give me a bell"). */
const CONTACT =
  '(?:call|ring|phone|contact|email|e-mail|text|message|get back to|get in touch with|reply to|respond to|write to|' +
  'speak to|speak with|talk to|talk with|answer|explain(?: to)?|update|keep (?:me|us) (?:informed|updated|posted)|' +
  'let(?= (?:me|us) know))';

/** The same, done: "I'd appreciate it if the practice manager contacted me". */
const CONTACTED =
  '(?:contact(?:ed)?|call(?:ed)?|rang|ring|phon(?:e|ed)|email(?:ed)?|text(?:ed)?|messag(?:e|ed)|got back to|' +
  'got in touch with|wrote to|replied to|responded to|spoke to|spoke with|gave (?:me|us) a (?:call|ring|bell)|let(?= (?:me|us) know))';

/** Who gets in touch: me, us, or the person the writer speaks for ("can someone ring him"). */
const WHOM = '(?:me|us|him|her|them|my \\w+)\\b(?: (?:know|back|asap|today|please|urgently))?';

/** A way of getting in touch, with whom: "call me", "ring him", "let me know", "give me a bell". */
const CONTACT_WHOM = `(?:${CONTACT} ${WHOM}|give (?:me|us|him|her|them) a (?:call|ring|bell|buzz|shout|phone))`;

/** Someone asked to act: "can someone…", "could the surgery…", "would the practice manager…". */
const ASKEE =
  '(?:you|someone|somebody|anyone|anybody|a doctor|some(?:one|body) from (?:the )?\\w+|the (?:\\w+ )?(?:practice|doctor|gp|' +
  'manager|practice manager|surgery|team|receptionist|partner|partners|nurse|pharmacist)|your \\w+|dr \\w+)';

/** What a patient asks to be given. */
const REPLY =
  '(?:call|phone call|reply|response|answer|answers|explanation|apology|call back|callback|meeting|update|' +
  'written response|acknowledg(?:e)?ment|follow[- ]?up call|chat|conversation|word)\\b';

/**
 * The patient asks for a reply or contact, or complains formally or to someone outside the
 * practice. Concepts: a request word (please, can someone, I'd appreciate, I expect, I want…) with a
 * way of getting in touch or a reply; a complaint or grievance being made; escalation to PALS, the
 * ombudsman, the CQC, the ICB, an MP, a solicitor or the press. Not flagged: "no complaints",
 * "not one to complain", praise for a quick call back, "nobody called me back" with no request, a
 * complaint already dealt with, "please don't contact me", "happy to be contacted for more feedback".
 */
export const COMPLAINT_RULES: readonly FlagRule[] = [
  {
    id: 'complaint-needs-reply.asks-for-contact',
    kind: 'complaint-needs-reply',
    pattern: re(
      `\\b(?:please|kindly|pls) ${gap(10)}${CONTACT_WHOM}`,
      `|\\b(?:please|kindly) ${gap(10)}(?:reply|respond|answer|get back|get in touch|let me know|advise|escalate|investigate|look into|explain|pass (?:this|it|my \\w+) on|forward (?:this|it))\\b`,
      '|\\b(?:can|could|may) (?:i|we) (?:please )?(?:have|get|request) (?:a |an )?(?:call|call back|callback|phone call|reply|response|answer|explanation|meeting|word)\\b',
      "|\\b(?:want|would like|'d like|need|expect|demand|request) (?:this|it|my (?:complaint|concerns?|letter|email|feedback)|the matter|this matter) (?:to be )?(?:escalated|investigated|looked into|dealt with|passed on|raised|reviewed|taken further|addressed|acknowledged|answered|responded to|replied to|logged|recorded)\\b",
      '|\\b(?:needs?|has|have|must|should) (?:to )?be (?:investigated|looked into|escalated)\\b|\\b(?:told|know|informed of|inform me of|let me know) the outcome\\b',
      '|\\b(?:reply|response|answer|call back|callback|written reply) (?:needed|required|requested|please|asap|expected|wanted)\\b|\\bin writing\\b(?= *(?:$|[.,!]| please))',
      `|\\b(?:can|could|would|will|may) ${ASKEE} ${gap(4)}${CONTACT_WHOM}`,
      `|\\b(?:can|could|would|will) ${ASKEE} (?:please )?explain (?:to (?:me|us) )?(?:why|what|how|when)\\b`,
      `|\\b(?:appreciate|grateful) (?:it )?if ${gap(6)}${CONTACTED} ${WHOM}`,
      `|(?:^|[.,:;!?] ?)(?:${CONTACT}) (?:me|us)\\b(?: back)?(?= *(?:$|[.!]| on| at| asap| please| today| urgently| when| back))`,
      `|\\b(?:want|would like|'d like|need|expect|request|like) (?:someone|somebody|some one|(?:someone|somebody) senior|the (?:practice manager|manager|doctor|gp|practice|surgery|receptionist|nurse|partners?|team)|a (?:doctor|gp|manager|nurse)|you|dr \\w+) to (?:call|ring|phone|contact|email|reply|respond|get back|get in touch|speak|talk|explain|apologi[sz]e|let me know|look into|investigate|review|look at|follow (?:this )?up|give (?:me|us) a)\\b`,
      '|\\b(?:some(?:one|body)|you|dr \\w+|the (?:\\w+ )?(?:practice|surgery|manager|doctor|gp|receptionist|partners?)) (?:needs? to|has to|have to|must|should|ought to) (?:explain|answer|apologi[sz]e|contact me|call me|ring me|respond|reply|get back to me|tell me|let me know)\\b',
      "|\\b(?:want|would like|'d like|need|expect|request|like|demand) to (?:speak|talk) (?:to|with) (?:the |a |your )?(?:practice manager|manager|someone|somebody|senior|partners?|complaints|whoever)",
      "|\\b(?:want(?:ing)?|would like|'d like|expect(?:ing)?|need|request(?:ing)?|(?:would|'d) appreciate|demand(?:ing)?|deserve) (?:a |an |some |your |the )?",
      '(?:(?:full|proper|written|formal|personal|urgent|prompt|detailed|honest|follow[- ]?up|quick|phone) )*(?!chat with (?:the|my) (?:gp|doctor|nurse) about (?:my|the))',
      REPLY,
      '|\\b(?:awaiting|look(?:ing)? forward to|hope to hear|wait(?:ing)? to hear) (?:a |your )?(?:reply|response|hearing|from you|back)',
      "|\\b(?:want|would like|'d like|demand|need|expect) to (?:know|hear|understand|be told) (?:why|what|when|who|whether)\\b",
      '|\\b(?:i |we )?(?:need|want|demand|deserve|have a right) to know\\b(?= *(?:$|[.!?]))|\\bwho (?:is|was|will be) (?:responsible|accountable|to blame|in charge)\\b',
      '|\\b(?:can|could|may) (?:i|we) (?:please )?(?:speak|talk) (?:to|with) (?:someone|somebody|the manager|a manager|the practice manager|a senior|whoever|the person)\\b',
      '|\\bescalat\\w* (?:this|it|the matter|this matter|my complaint|things|further|to)\\b',
      '|\\bwhat (?:is|are|will) (?:you|the practice|the surgery|they|the manager) (?:\\w+ )?(?:going to|gonna|planning to|do) (?:do )?(?:about|to (?:stop|fix|prevent))\\b',
      '|\\b(?:should|deserve to|ought to|expect to) (?:get|receive|be given|have) (?:a |an )?(?:\\w+ )?(?:apology|explanation|reply|response|answer|call)\\b',
      '|\\bwho (?:do|can|should|would) (?:i|we) (?:write|complain|speak|talk|go|escalate|send|report|contact|email|take this)\\b',
      '|\\b(?:where|how) (?:do|can|should|would) (?:i|we) (?:complain|escalate|report|raise (?:a|this|my)|make a complaint|take this)\\b',
      '|\\bmy (?:number|phone number|mobile|mobile number|email|email address|tel|contact details) (?:is|are)\\b',
      '|\\b(?:you can )?(?:reach|contact|call|ring|email|text) me (?:on|at)\\b|\\b(?:text|email|phone|call)(?: or (?:text|email|phone|call))? (?:is|are) (?:fine|ok|okay|best|preferred)',
      '|\\b(?:pass|forward|send|bring|escalate|raise) (?:this|it|my (?:comments?|feedback|complaint|concerns?)) (?:on )?(?:to|with) (?:the )?(?:practice )?(?:manager|partners?|senior|complaints|lead gp|someone senior)',
    ),
    // "No need to reply" asks for nothing; offering to help is not asking.
    unless: re(
      "\\b(?:no|don't|didn't) need (?:to |for )?(?:a )?(?:reply|response|call)|\\bno reply (?:needed|necessary|required)",
      '|\\bhappy (?:for (?:you|someone|the practice|the surgery) )?to (?:be )?(?:contact|call|email|ring|phon)\\w*',
      '|\\bfeel free to (?:contact|call|email|ring|phone|text)\\w*|\\bif (?:you|anyone) (?:would like|wants?|needs?) (?:more |any )?(?:information|feedback|details)',
    ),
  },
  {
    id: 'complaint-needs-reply.formal-complaint',
    kind: 'complaint-needs-reply',
    pattern: re(
      '\\b(?:make|making|lodge|lodging|file|filing|raise|raising|submit|submitting|put in|putting in|register|log|logging|send|sending)',
      ' (?:a |an |my |this )?(?:as (?:a |an )?)?(?:formal |official |written )?(?:complaint|grievance)',
      '|\\b(?:formal|official|written) (?:complaint|grievance|concern)|\\bcomplain(?:ing)? (?:officially|formally)|\\b(?:formally|officially) complain',
      '|\\bthis is a (?:complaint|grievance)|\\b(?:treat|record|take) this as (?:a |an )?(?:formal |official )?(?:complaint|grievance)',
      "|\\b(?:wish|want|would like|'d like|d like|intend|am going|i'm going|going|will|i'll|need|like) (?:\\w+ )?(?:to )?(?:complain|raise (?:a|my) concerns?)\\b",
      "|\\b(?:will|i'll|going to) be complaining|\\b(?:writing|write) to (?:complain|raise)|\\bi(?:'m| am) complaining\\b",
      '|\\bhow (?:do|can|would|should) (?:i|we) (?:\\w+ )?(?:complain|make a complaint|raise a complaint|escalate)',
      '|\\bwhere (?:do|can) (?:i|we) (?:\\w+ )?complain|\\bhow to (?:complain|make a complaint|raise a complaint|escalate)\\b',
    ),
  },
  {
    id: 'complaint-needs-reply.escalation',
    kind: 'complaint-needs-reply',
    pattern: re(
      "\\b(?:report\\w*|complain\\w*|contact\\w*|writ(?:e|ing)|wrote|go(?:ing)?|escalat\\w*|tak(?:e|ing) (?:this|it) further|it(?:'s| is))",
      ' (?:\\w+ ){0,3}?(?:to )?(?:(?:the )?(?:cqc|pals|ombudsman|gmc|nmc|icb|nhs england|healthwatch|my mp|mp|councillor|solicitor|local paper)|the (?:press|papers|newspapers?|local news))\\b',
      "|\\b(?:i'll|i will|i am|i'm|going to|will be|i shall) (?:be )?(?:taking|take) (?:this|it|things|the matter) (?:further|higher)",
      "|\\blegal action|\\b(?:i'll|i will|going to|will be) su(?:e|ing)\\b|\\bsuing (?:you|the practice|the surgery)",
      '|\\b(?:seek|seeking|take|taking|get|getting) legal advice|\\bno win no fee|\\bnegligence (?:claim|case)',
    ),
  },
];
