/**
 * Romanian (română). Source: machine-assisted draft by the project team, needs native-speaker
 * review. The FFT question and answers are a draft too: replace them with NHS England's published
 * Romanian FFT wording once the project has it.
 */
import type { Strings, TranslationSource } from './en.js';

export const about: TranslationSource = {
  reviewed: false,
  source: 'machine-assisted draft by the project team, needs native-speaker review',
};

const ro: Strings = {
  lang: 'ro',
  dir: 'ltr',
  language: 'Limba',
  feedbackFor: 'Părere despre {name}',
  noticeTitle: 'Acest formular nu este pentru ajutor medical',
  noticeBefore: 'Dacă aveți nevoie de ajutor medical acum, folosiți ',
  noticeLink: 'NHS 111 online',
  noticeAfter: ' sau sunați la 111. În caz de urgență, sunați la 999.',
  notComplaints: 'Nu este nici pentru reclamații la care așteptați un răspuns.',
  complaintsLink: 'Cum să faceți o reclamație',
  complaintsAsk: 'Întrebați la cabinet cum puteți face o reclamație.',
  personalHint: 'Nu includeți date personale, cum ar fi numele, data nașterii sau numărul NHS.',
  question: 'În general, cum a fost experiența dumneavoastră cu serviciile noastre?',
  ratings: {
    'very-good': 'Foarte bună',
    good: 'Bună',
    neither: 'Nici bună, nici proastă',
    poor: 'Proastă',
    'very-poor': 'Foarte proastă',
    'dont-know': 'Nu știu',
  },
  good: 'Ce a fost bine?',
  better: 'Ce am putea face mai bine?',
  optional: '(opțional)',
  charactersRemaining: {
    one: 'Mai aveți {count} caracter',
    few: 'Mai aveți {count} caractere',
    other: 'Mai aveți {count} de caractere',
  },
  urgentTitle: 'Aveți nevoie de ajutor acum?',
  urgentNotRead: 'Părerile nu sunt citite imediat, așa că nu vă pot aduce ajutor rapid.',
  urgent999: 'Dacă dumneavoastră sau altcineva sunteți în pericol sau grav bolnav, sunați acum la 999.',
  urgentMentalHealth:
    'Pentru ajutor urgent privind sănătatea mintală, sunați la 111 și alegeți opțiunea pentru sănătate mintală. Puteți suna și gratuit la Samaritans, la 116 123, zi și noapte.',
  urgentStillSend: 'Puteți totuși trimite părerea dumneavoastră.',
  aboutTitle: 'Despre dumneavoastră (opțional)',
  aboutHint: 'Acest lucru ajută cabinetul să verifice că ascultă pe toată lumea. Nu sunteți obligat să răspundeți.',
  ageBand: 'Vârsta dumneavoastră',
  ageBands: {
    'under-18': 'Sub 18 ani',
    '18-24': '18–24',
    '25-34': '25–34',
    '35-44': '35–44',
    '45-54': '45–54',
    '55-64': '55–64',
    '65-74': '65–74',
    '75-plus': '75 de ani sau peste',
    'prefer-not-to-say': 'Prefer să nu spun',
  },
  role: 'Cine oferă această părere?',
  roles: {
    patient: 'Pacientul',
    carer: 'Un îngrijitor, o rudă sau un prieten',
    'prefer-not-to-say': 'Prefer să nu spun',
  },
  contactTitle: 'Cerere de răspuns (opțional)',
  contactHint: 'Părerea dumneavoastră este anonimă, dacă nu alegeți să vă dați datele.',
  contactConsent: 'Aș dori ca cabinetul să mă contacteze în legătură cu părerea mea',
  contactConsentHint:
    'Cabinetul va folosi aceste date doar pentru a vă contacta în legătură cu această părere. Dați o adresă de e-mail, un număr de telefon sau ambele.',
  name: 'Numele dumneavoastră',
  email: 'Adresa de e-mail',
  phone: 'Număr de telefon',
  send: 'Trimiteți părerea',
  sending: 'Se trimite părerea dumneavoastră',
  errorSummaryTitle: 'Există o problemă',
  errorPrefix: 'Eroare:',
  errorChooseRating: 'Alegeți cum a fost experiența dumneavoastră cu serviciile noastre',
  errorContactMissing: 'Introduceți o adresă de e-mail sau un număr de telefon ori debifați cererea de contact',
  errorEmail: 'Introduceți o adresă de e-mail în formatul corect, de exemplu nume@example.com',
  errorPhone: 'Introduceți un număr de telefon, de exemplu 01632 960 001 sau 07700 900 982',
  sentTitle: 'Vă mulțumim, părerea dumneavoastră a fost trimisă',
  sentReceiptLabel: 'Codul dumneavoastră de confirmare este',
  sentNextSteps:
    'Echipa cabinetului citește toate părerile, de obicei în câteva zile lucrătoare. Ele nu sunt citite seara, în weekend sau în zilele de sărbătoare legală.',
  sentKeepReceipt: 'Păstrați codul de confirmare dacă ați putea dori mai târziu să vă găsim sau să ștergem părerea.',
  queuedTitle: 'Părerea dumneavoastră nu a fost trimisă încă',
  queuedOffline: 'Părerea dumneavoastră este salvată pe acest dispozitiv și va fi trimisă când veți fi din nou online.',
  queuedBusy:
    'Serviciul este ocupat în acest moment. Părerea dumneavoastră este salvată pe acest dispozitiv și va fi trimisă automat în câteva minute.',
  queuedRetry: 'Încercați să trimiteți acum',
  failedTitle: 'Ne pare rău, părerea dumneavoastră nu a fost trimisă',
  failedBody: 'Verificați conexiunea la internet și încercați din nou. Răspunsurile dumneavoastră au fost păstrate.',
  rejectedBody: 'Există o problemă cu acest formular. Vă rugăm să anunțați cabinetul.',
  retry: 'Încercați din nou',
};

export default ro;
