/**
 * The patient-feedback lexicon that `sentiment.ts` lays over the `sentiment` package's AFINN list.
 * Data only, kept apart so it can be reviewed and extended without reading the scorer. Weights use
 * AFINN's scale (-5 … +5). Every entry was chosen by reading GP and NHS patient comments in the
 * tuning part of the labelled data, never the held-out part.
 */

/** Every word in `words` at the same AFINN weight. */
const weigh = (score: number, words: string): [string, number][] => words.split(' ').map((word) => [word, score]);

/**
 * Single words AFINN gets wrong for patient feedback, or lacks. A word set to 0 is removed:
 * illness and worry words ("pain", "anxious", "cancer") describe why the patient came, not the
 * service, so "the nurse calmed me when I was anxious" is praise, not a complaint.
 */
export const DOMAIN_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  // Access and waiting: the commonest GP complaint, and absent from AFINN.
  ...weigh(-1, 'wait waited waiting waits queue queuing queueing engaged late slow chase chased rush overstretched'),
  ...weigh(-2, 'delay delays delayed cancelled chasing rushed rushing understaffed impossible disorganised'),
  ...weigh(-2, 'unanswered ignoring lacking forgot forgotten'),
  ...weigh(-3, 'nightmare shambles'),
  // Manner: rudeness weighs more with patients than AFINN's general-English -2.
  ...weigh(-2, 'abrupt unhelpful impolite rubbish'),
  ...weigh(-3, 'rude dismissive uncaring condescending patronising patronizing unprofessional disgraceful'),
  ...weigh(-3, 'unacceptable shocking'),
  ...weigh(-1, 'concern concerns issue issues'),
  // "joke" is +2 in AFINN, but "the appointment system is a joke" is not praise.
  ...weigh(-2, 'joke'),
  // Praise words of the field that AFINN lacks or underrates.
  ...weigh(1, 'listen listening informative quick quickly ok okay alright'),
  ...weigh(2, 'cared listened listens helped professional professionally efficient efficiently thorough'),
  ...weigh(2, 'attentive respectful understanding knowledgeable approachable accommodating reassuring'),
  ...weigh(2, 'gentle prompt promptly'),
  ...weigh(3, 'caring fab ace faultless grateful'),
  ...weigh(4, 'exceptional marvellous'),
  // "no" is a negator here ("no problems"), not a -1 word of its own.
  ...weigh(0, 'no'),
  // Why the patient came, not how they were treated.
  ...weigh(0, 'pain painful ill sick cancer death died dying die loss grief suicide suicidal trauma traumatic'),
  ...weigh(0, 'worried worry worrying worries anxious anxiety nervous scared fear frightened panic concerned'),
  ...weigh(0, 'stress stressed crying cry depression depressed suffered suffering vulnerable emergency urgent'),
]);

/**
 * Phrases the package would misread one token at a time. A pre-pass joins each into a single
 * token before scoring; the longest phrase wins. Keys are lower case, apostrophes straight.
 */
export const DOMAIN_PHRASES: Readonly<Record<string, number>> = {
  // Getting through and getting seen.
  "couldn't get through": -3,
  'could not get through': -3,
  "can't get through": -3,
  'cannot get through': -3,
  'unable to get through': -3,
  'never get through': -3,
  'on hold': -2,
  'no appointments': -3,
  'no appointment': -2,
  "can't get an appointment": -3,
  'cannot get an appointment': -3,
  "couldn't get an appointment": -3,
  'could not get an appointment': -3,
  'unable to get an appointment': -3,
  'hard to get an appointment': -3,
  'difficult to get an appointment': -3,
  'long wait': -2,
  'long waits': -2,
  'long waiting': -2,
  'kept waiting': -2,
  'still waiting': -2,
  'too long': -2,
  'took ages': -2,
  'no call back': -2,
  'never called back': -2,
  'no one': -1,
  // Neutral uses of waiting words.
  'waiting room': 0,
  'waiting area': 0,
  'waiting list': -1,
  // Praise phrases.
  'well looked after': 3,
  'looked after': 2,
  'on time': 2,
  'seen quickly': 2,
  'well done': 3,
  'thank you': 2,
  'first class': 3,
  'second to none': 4,
  'above and beyond': 4,
  'extra mile': 3,
  'keep up the good work': 3,
  '10/10': 3,
  '5 star': 3,
  '5*': 3,
  "can't fault": 3,
  'cannot fault': 3,
  "couldn't fault": 3,
  'could not fault': 3,
  'no fault': 2,
  'nothing to improve': 2,
  'nothing to change': 2,
  'no improvement needed': 2,
  'no improvements needed': 2,
  "can't think of anything": 2,
  'cannot think of anything': 2,
  "couldn't think of anything": 2,
  'could not think of anything': 2,
  'nothing i can think of': 2,
  'nothing is too much trouble': 3,
  'nothing too much trouble': 3,
  'nothing is ever too much trouble': 3,
  'nothing was ever too much trouble': 3,
  'nothing could be better': 3,
  'nothing could have been better': 3,
  'nothing could be improved': 3,
  'nothing could have been done better': 3,
  'nothing more could have been done': 3,
  'nothing else could have been done': 3,
  "couldn't have done better": 3,
  'could not have done better': 3,
  "couldn't have done more": 3,
  'could not have done more': 3,
  "couldn't do any better": 3,
  'could not do any better': 3,
  'lost without': 3,
  'bad place': 0,
  'bad time': 0,
  'bad way': 0,
  'nothing was too much trouble': 3,
  'nothing was to much trouble': 3,
  'nothing is to much trouble': 3,
  "couldn't be better": 3,
  'could not be better': 3,
  "couldn't have been better": 3,
  'could not have been better': 3,
  "can't be improved": 3,
  'cannot be improved': 3,
  "couldn't be improved": 3,
  'could not be improved': 3,
  "couldn't ask for more": 3,
  "couldn't have been more": 3,
  'could not have been more': 3,
  "couldn't be more": 3,
  'could not be more': 3,
  'would be lost without': 3,
  'would have been lost without': 3,
  "couldn't have asked for more": 3,
  'could not have asked for more': 3,
  "couldn't have asked for better": 3,
  'could not have asked for better': 3,
  "can't thank you enough": 4,
  'cannot thank you enough': 4,
  "couldn't thank you enough": 4,
  "can't thank them enough": 4,
  "can't praise": 3,
  'cannot praise': 3,
  // Illness talk, not criticism of the service: "listened to my problems".
  'my problems': 0,
  'my problem': 0,
  'my concerns': 0,
  'my worries': 0,
  "couldn't ask for better": 3,
  'could not ask for more': 3,
  'could not ask for better': 3,
  // Praise words that are not: wishes and shortfalls.
  'could be better': -2,
  'could have been better': -2,
  'could be improved': -2,
  'needs improving': -2,
  'needs improvement': -2,
  'needs to improve': -2,
  'room for improvement': -1,
  'would be nice': -1,
  'would have been nice': -1,
  'would be good': -1,
  'would have been good': -1,
  'would be helpful': -1,
  'would have been helpful': -1,
  'would be better': -1,
  'would have been better': -1,
  'not good enough': -3,
  'not enough': -2,
  'let down': -2,
  'lets down': -2,
  'let me down': -3,
};

/**
 * Words that turn a sentiment word or phrase a few tokens on ("not very helpful", "never felt
 * listened to"), with how many tokens each reaches. The package only looks one token back and
 * knows neither "wasn't" nor "never". "no" reaches two ("no major problems") and not three, so
 * "no, I'm very happy" stays happy; "without" is left out ("without her care I'd be lost").
 */
export const NEGATORS: Readonly<Record<string, number>> = Object.fromEntries([
  ...weigh(2, 'no nobody hardly barely'),
  ...weigh(3, "not never cant can't cannot couldnt couldn't dont don't didnt didn't doesnt doesn't isnt isn't"),
  ...weigh(3, "wasnt wasn't werent weren't wont won't wouldnt wouldn't havent haven't hasnt hasn't hadnt hadn't"),
  ...weigh(3, "arent aren't"),
]);
