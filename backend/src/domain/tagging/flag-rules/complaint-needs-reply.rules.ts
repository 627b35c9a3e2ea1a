import { gap, re, type FlagRule } from './rule.js';

/** Ways of getting in touch. */
const CONTACT =
  '(?:call|ring|phone|contact|email|e-mail|text|message|get back to|get in touch with|reply to|respond to|write to|' +
  'speak to|speak with|talk to|talk with)';

/** Someone asked to act: "can someone…", "could you…", "would the practice manager…". */
const ASKEE =
  '(?:you|someone|somebody|anyone|anybody|a doctor|the (?:practice|doctor|gp|manager|practice manager|surgery|team|' +
  'receptionist|partner|partners)|your \\w+|dr \\w+)';

/**
 * The patient asks for a reply or wants to complain formally. Not flagged: "no complaints",
 * "can't complain", "my only complaint is…", praise for a quick call back, "nobody called me back"
 * with no request, and a complaint already dealt with. "Please don't contact me" is not a request.
 */
export const COMPLAINT_RULES: readonly FlagRule[] = [
  {
    id: 'complaint-needs-reply.asks-for-contact',
    kind: 'complaint-needs-reply',
    pattern: re(
      `\\b(?:please|kindly) ${gap(6)}${CONTACT} (?:me|us|my \\w+)\\b`,
      `|\\b(?:please|kindly) ${gap(6)}(?:reply|respond|answer|get back|get in touch|let me know|advise|escalate|investigate|look into|explain)\\b`,
      '|\\b(?:can|could|may) (?:i|we) (?:please )?(?:have|get|request) (?:a |an )?(?:call|call back|callback|phone call|reply|response|answer|explanation|meeting|word)\\b',
      "|\\b(?:want|would like|'d like|need|expect|demand|request) (?:this|it|my complaint|the matter|my concerns?|this matter) (?:to be )?(?:escalated|investigated|looked into|dealt with|passed on|raised|reviewed|taken further|addressed)\\b",
      `|\\b(?:can|could|would|will|may) ${ASKEE} ${gap(4)}${CONTACT} (?:me|us|my \\w+)\\b`,
      `|(?:^|[.,:;!?] ?)(?:${CONTACT}) (?:me|us)\\b(?: back)?(?: on| at| asap| please| today)`,
      `|\\b(?:want|would like|'d like|need|expect|request|like) (?:someone|somebody|some one|the (?:practice manager|manager|doctor|gp|practice|surgery|receptionist|nurse|partners?|team)|a (?:doctor|gp|manager|nurse)|you|dr \\w+) to (?:call|ring|phone|contact|email|reply|respond|get back|get in touch|speak|talk|explain)\\b`,
      "|\\b(?:want|would like|'d like|need|expect|request|like|demand) to (?:speak|talk) (?:to|with) (?:the |a |your )?(?:practice manager|manager|someone|somebody|senior|partners?|complaints|whoever)",
      "|\\b(?:want|would like|'d like|expect|need|request|appreciate|demand|deserve) (?:a |an |some |your |the )?",
      '(?:call|phone call|reply|response|answer|answers|explanation|apology|call back|callback|meeting)\\b',
      '|\\b(?:awaiting|look forward to) (?:a |your )?(?:reply|response|hearing)',
      '|\\bmy (?:number|phone number|mobile|mobile number|email|email address|tel) is\\b',
      "|\\b(?:want|would like|'d like|demand) to know why\\b",
    ),
    // "No need to reply" asks for nothing.
    unless: re(
      "\\b(?:no|don't|didn't) need (?:to |for )?(?:a )?(?:reply|response|call)|\\bno reply (?:needed|necessary|required)",
    ),
  },
  {
    id: 'complaint-needs-reply.formal-complaint',
    kind: 'complaint-needs-reply',
    pattern: re(
      '\\b(?:make|making|lodge|lodging|file|filing|raise|raising|submit|submitting|put in|putting in|register|log|logging|send|sending)',
      ' (?:a |an |my )?(?:formal |official |written )?complaint',
      '|\\b(?:formal|official|written) complaint|\\bcomplain(?:ing)? (?:officially|formally)|\\b(?:formally|officially) complain',
      '|\\bthis is a complaint',
      "|\\b(?:wish|want|would like|'d like|d like|intend|am going|i'm going|going|will|i'll|need|like) (?:\\w+ )?(?:to )?complain\\b",
      "|\\b(?:will|i'll|going to) be complaining",
      '|\\bhow (?:do|can|would|should) (?:i|we|you) (?:\\w+ )?(?:complain|make a complaint|raise a complaint|escalate)',
      '|\\bwhere (?:do|can) (?:i|we) (?:\\w+ )?complain',
    ),
  },
  {
    id: 'complaint-needs-reply.escalation',
    kind: 'complaint-needs-reply',
    pattern: re(
      '\\b(?:report\\w*|complain\\w*|contact\\w*|writ(?:e|ing)|wrote|go(?:ing)?|escalat\\w*|tak(?:e|ing) (?:this|it) further)',
      ' (?:\\w+ ){0,3}?(?:to )?(?:the )?(?:cqc|pals|ombudsman|gmc|nmc|icb|nhs england|my mp|mp|councillor|solicitor|local paper)\\b',
      "|\\b(?:i'll|i will|i am|i'm|going to|will be|i shall) (?:be )?(?:taking|take) (?:this|it|things|the matter) (?:further|higher)",
      "|\\blegal action|\\b(?:i'll|i will|going to|will be) su(?:e|ing)\\b|\\bsuing (?:you|the practice|the surgery)",
    ),
  },
];
