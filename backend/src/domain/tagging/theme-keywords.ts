/**
 * The words and phrases that name each theme, as data, so they can be reviewed and extended
 * without reading the tagger (`themes.ts`). Chosen by reading GP comments and the tuning part of
 * the labelled data, never its held-out part.
 *
 * How a term is written: lower case; a trailing `*` is a stem ("receptionist*" also matches
 * "receptionists"); a space matches any run of spaces or hyphens ("on hold", "follow up" also
 * matches "follow-up"); apostrophes are straight (the text's curly ones are straightened first). Every term is matched on
 * word boundaries, so "dr" never matches inside "drive" and "app" never inside "appointment".
 */
import type { ThemeId } from '../tags.js';

/** Terms that name a theme only in the right company. */
export interface QualifiedTerms {
  terms: readonly string[];
  /**
   * Counted only beside one of these words in the same clause: "the doctor" alone is not about
   * the doctor's manner, "the doctor was brilliant" is.
   */
  requires?: readonly string[];
  /** Not counted when the clause names one of these themes: "the ladies on reception were kind". */
  unlessNamed?: readonly ThemeId[];
}

export interface ThemeKeywords {
  /** Terms that name the theme on their own. */
  terms: readonly string[];
  qualified?: readonly QualifiedTerms[];
  /** Look-alikes removed before this theme is matched: "phoned a friend" is not the practice's phone. */
  except?: readonly string[];
}

// Lists are kept one line per few terms rather than one term per line, so the file stays readable.
/** Clinical roles: with a manner word, the clause is about that clinician. */
// prettier-ignore
const CLINICIANS = [
  'gp*', 'doctor*', 'dr', 'doc', 'docs', 'nurse*', 'nursing', 'clinician*', 'practitioner*', 'physio*',
  'pharmacist*', 'paramedic*', 'hca*', 'health care assistant*', 'healthcare assistant*', 'phlebotomist*',
  'consultant*', 'therapist*', 'psychologist*', 'counsellor*', 'psychiatrist*', 'midwi*', 'health visitor*',
  'locum*', 'surgeon*', 'specialist*', 'support worker*', 'key worker*', 'keyworker*', 'cpn*', 'ot',
  'dietician*', 'dietitian*', 'podiatrist*', 'social worker*', 'care coordinator*',
];

/**
 * People in general. Unqualified "staff" and "team" count as the people who care for the patient,
 * unless the clause names reception or the phone: the front desk is its own theme.
 */
// prettier-ignore
const PEOPLE = [
  'staff', 'team', 'everyone', 'everybody', 'all of you', 'you all', "you're all", 'you were all', 'you are all',
  'they all', 'all of them', 'people', 'employee*', 'lady', 'ladies', 'gentleman',
];

/** Themes whose people are not clinicians: their manner belongs to them. */
const NOT_CLINICAL: readonly ThemeId[] = ['reception-admin', 'telephone', 'online-services'];

/** Words for how a person treats others, hardly ever said of a place or a system. */
// prettier-ignore
const PERSON_WORDS = [
  'kind', 'kindness', 'unkind', 'caring', 'uncaring', 'compassion*', 'empath*', 'rude*', 'dismissive', 'patronis*',
  'patroniz*', 'condescending', 'knowledgeable', 'unprofessional', 'judgemental', 'non judgemental', 'judged',
  'courteous', 'courtesy', 'polite*', 'impolite', 'attentive', 'approachable', 'sympathetic', 'unsympathetic',
  'arrogant', 'charming', 'tenderness', 'relatable', 'good at her job', 'good at his job', 'good at their job',
  'at her job', 'at his job', 'at their job', 'at your job', 'bedside manner',
];

/** How someone treated the patient, or how well they did the job. */
// prettier-ignore
const MANNER = [
  'kind*', 'unkind*', 'caring', 'uncaring', 'care', 'cared', 'compassion*', 'empath*', 'sympath*', 'unsympath*',
  'rude*', 'dismissive', 'dismissed', 'abrupt*', 'arrogant', 'patronis*', 'patroniz*', 'condescending',
  'friendly', 'unfriendly', 'helpful', 'unhelpful', 'polite*', 'impolite', 'courteous', 'respect*', 'disrespect*',
  'professional*', 'unprofessional', 'thorough*', 'competent', 'incompetent', 'knowledgeable', 'skilled',
  'lovely', 'brilliant', 'excellent', 'great', 'fantastic', 'amazing', 'wonderful', 'good', 'nice', 'gentle',
  'reassur*', 'understanding', 'attentive', 'supportive', 'efficient', 'patience', 'warm', 'cold', 'hostile',
  'attitude', 'manner*', 'treated', 'superb', 'outstanding', 'star*', 'angel*', 'awful', 'terrible', 'horrible',
  'useless', 'hopeless', 'judgemental', 'non judgemental', 'approachable', 'welcoming', 'pleasant', 'calm*',
  'at ease', 'sweet', 'dignity', 'fab', 'fabulous', 'best', 'poor', 'sensitive', 'insensitive', 'charming',
  'diamond', 'special', 'smil*', 'courtesy', 'kindness', 'tenderness', 'happy', 'impressed', 'pleased',
  'thank*', 'praise*', 'credit', 'grateful', 'appreciat*', 'help*', 'efficient', 'marvellous', 'super',
];

// prettier-ignore
export const THEME_KEYWORDS: Readonly<Record<ThemeId, ThemeKeywords>> = {
  'access-appointments': {
    terms: [
      'appointment*', 'appt*', 'appts', 'book a*', 'book an*', 'to book', 'booked', 'booking*', 'slot*',
      'same day', 'on the day appointment*', 'availability', 'home visit*', 'face to face', 'f2f', 'triag*',
      'get seen', 'be seen', 'fit me in', 'fitted me in', 'squeezed me in', 'see a doctor', 'see a gp',
      'see the doctor', 'see the gp', 'see dr', 'see someone', 'see me more', 'walk in', 'drop in',
      'opening hours', 'open longer', 'evening*', 'weekend*', 'saturday*', 'out of hours', 'provision', 'access',
      'accessing', 'accessible', 'inaccessible', 'difficult to get', 'hard to get', 'more often', 'convenient',
    ],
    except: ['booked in', 'appointment time*', 'waiting room', 'telephone consultation*', 'phone consultation*'],
  },
  telephone: {
    terms: [
      'phone*', 'telephon*', 'rang', 'ring', 'ringing', 'rings', 'calls', 'call back', 'called back', 'callback*',
      'ring back', 'rang back', 'phone line*', 'lines', 'on hold', 'line engaged', 'phone engaged',
      'always engaged', 'constantly engaged', 'engaged tone', 'get through to', 'get through on', 'got through to',
      'got through on', 'getting through to', 'getting through on', "can't get through", 'cannot get through',
      "couldn't get through", 'could not get through', 'never get through', 'to get through', 'cut off', 'hung up', '8am', '8 am', '8.00', '8 o clock', "8 o'clock", 'in the queue',
      'queue position', 'number in the queue', 'answer the phone', 'answered the phone', 'switchboard',
    ],
    except: [
      'phone* a friend', 'phone* my *', 'rang my *', 'call* a taxi', 'phone* a taxi', 'mobile phone*', 'my phone',
      'phone number', 'phone charger*',
    ],
  },
  'online-services': {
    terms: [
      'online', 'on line', 'nhs app', 'app', 'website*', 'web site*', 'internet', 'e consult*', 'econsult*',
      'patchs', 'askmygp', 'ask my gp', 'accurx', 'email*', 'e mail*', 'text message*', 'texts', 'texted',
      'a text', 'by text', 'text reminder*', 'sms', 'online form*', 'log in', 'login', 'systmonline', 'patient access', 'video call*',
      'video consultation*', 'zoom', 'teams call*', 'digital',
    ],
  },
  'reception-admin': {
    terms: [
      'reception*', 'receptionist*', 'front desk', 'front of house', 'the desk', 'admin*', 'administrat*',
      'secretar*', 'practice manager*', 'care navigator*', 'navigator*', 'girls on the desk', 'ladies on the desk',
      'paperwork', 'sick note*', 'fit note*', 'letter for', 'forms',
    ],
  },
  'clinician-manner': {
    terms: [
      'bedside manner', 'misdiagnos*', 'wrong diagnosis', 'diagnos*', 'examined me', 'examine me', 'examined',
      'took me seriously', 'take me seriously', 'taken seriously', 'nothing too much trouble',
      'nothing was too much trouble', 'nothing is too much trouble', 'felt in good hands', 'in safe hands',
      'in good hands', 'treated me with', 'treated with respect', 'treated well', 'treated badly',
      'treated like', 'looked after', 'made me feel', 'put me at ease', 'misgender*',
    ],
    qualified: [
      { terms: CLINICIANS, requires: MANNER },
      { terms: PEOPLE, requires: MANNER, unlessNamed: NOT_CLINICAL },
      { terms: PERSON_WORDS, unlessNamed: NOT_CLINICAL },
    ],
    except: ['reception staff', 'reception team', 'admin staff', 'admin team', 'office staff', 'front desk staff'],
  },
  communication: {
    terms: [
      'listen*', 'explain*', 'explanation*', 'inform*', 'communicat*', 'understood', 'felt heard', 'heard',
      'clear', 'clearly', 'clarity', 'no one told', 'nobody told', 'told me', 'was told', 'were told',
      'involve*', 'update*', 'up to date', 'kept me informed', 'keep me informed', 'answered my question*',
      'answer my question*', 'questions', 'ignored', 'language barrier', 'interpreter*', 'translat*', 'advice',
      'advise*', 'talk to', 'talked', 'talking', 'spoke to me', 'speak to me', 'talk more', 'engage more',
      'contact*', 'feedback', 'jargon', 'leaflet*', 'misunderstand*', 'misunderstood',
    ],
    except: ['contact lens*', 'contact the surgery', 'contact number'],
  },
  'test-results': {
    terms: [
      'test result*', 'blood result*', 'scan result*', 'my results', 'the results', 'results back', 'results came',
      'results of', 'blood test*', 'bloods', 'blood work', 'swab*', 'scan*', 'x ray*', 'xray*', 'ecg*', 'smear*',
      'biopsy', 'urine sample*', 'blood sample*', 'stool sample*', 'tests', 'mri', 'ultrasound',
    ],
    except: ['test of time'],
  },
  prescriptions: {
    terms: [
      'prescri*', 'repeat prescription*', 'medication*', 'medicine*', 'meds', 'tablet*', 'pills', 'drug*',
      'dose*', 'dosage', 'inhaler*', 'antibiotic*', 'pharmacy', 'pharmacies', 'chemist*', 'script*',
      'co codamol', 'painkiller*', 'cream*', 'injection*', 'jab*', 'vaccin*', 'methadone',
    ],
  },
  'referrals-continuity': {
    terms: [
      'referr*', 'refer', 'refers', 'hospital appointment*', 'hospital letter*', 'same doctor', 'same gp', 'same person', 'same nurse',
      'different doctor*', 'different gp*', 'different person', 'different people', 'continuity', 'named gp',
      'my own gp', 'my usual', 'usual doctor', 'usual gp', 'follow up', 'followed up', 'following up',
      'discharg*', 'transfer*', 'passed around', 'passed between', 'passed from', 'pass me', 'handover*',
      'joined up', 'coordination', 'co ordination', 'uncoordinated', 'between services', 'another service', 'other services',
      'consistency', 'inconsisten*', 'see the same', 'seeing the same', 'new staff', 'keep staff', 'integrat*',
      'transition*', 'aftercare', 'after care',
    ],
  },
  'waiting-times': {
    terms: [
      'wait*', 'waiting list*', 'waiting time*', 'waits', 'kept waiting', 'running late', 'ran late', 'late',
      'delay*', 'queue*', 'queuing', 'took so long', 'took too long', 'takes too long', 'took ages', 'took a while',
      'too long', 'so long', 'for ages', 'waited ages', 'on time', 'punctual*', 'prompt*', 'quick*', 'quicker',
      'sooner', 'faster', 'speed*', 'speedy', 'swift*', 'timely', 'weeks for', 'months for', 'hours for',
      'minutes for', 'minutes late', 'hour late', 'hours late',
    ],
    except: ['waiting room*', 'waiting area*', 'quick chat', 'can\'t wait', 'cannot wait'],
  },
  environment: {
    terms: [
      'waiting room*', 'waiting area*', 'building*', 'premises', 'clean*', 'dirty', 'filthy', 'hygien*',
      'toilet*', 'loo', 'parking', 'car park*', 'park', 'disabled access', 'wheelchair*', 'ramp*', 'lift',
      'stairs', 'seats', 'seating', 'chairs', 'temperature', 'too hot', 'too cold', 'freezing', 'smell*',
      'noisy', 'noise', 'decor', 'facilit*', 'equipment', 'bus', 'buses', 'transport', 'hand gel', 'sanitis*',
      'signage', 'signpost*', 'privacy', 'room*', 'environment', 'atmosphere', 'surroundings', 'too loud', 'loud', 'quieter',
      'tv*', 'television*', 'screen*', 'wifi', 'wi fi', 'comfy', 'uncomfortable', 'air con*', 'fan', 'heating',
      'door*', 'magazines', 'water fountain', 'water machine',
      'tidy', 'untidy', 'spotless', 'location', 'located', 'outside in the cold', 'wait outside',
    ],
  },
  'positive-experience': {
    terms: [
      'thank*', 'thanks', 'thankyou', 'grateful', 'gratitude', 'appreciat*', 'keep up the good work', 'well done',
      'keep it up', 'recommend*', "can't fault", 'cannot fault', "couldn't fault", 'could not fault',
      "couldn't ask for", "couldn't be better", 'could not be better', 'no complaints', 'nothing to complain',
      'everything was', 'everything is', "everything's", 'everything has been', 'everything went',
      'everything about', 'all good', 'all ok', 'all okay', 'all fine', 'all great', 'all was good', 'all was fine',
      'all went well', 'carry on', 'keep doing', 'good job', 'great job', 'great work', 'excellent service',
      'great service', 'good service', 'brilliant service', 'fantastic service', 'amazing service',
      'wonderful service', 'best practice', 'best surgery', 'best gp', 'made a difference', 'difference to my life',
      'perfect', 'impressed', 'happy with', 'pleased with', 'satisfied', 'excellent experience',
      'great experience', 'good experience',
    ],
  },
};
