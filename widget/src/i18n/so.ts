/**
 * Somali (Soomaali). Source: machine-assisted draft by the project team, needs native-speaker
 * review (this draft needs it most). The FFT question and answers are a draft too: replace them
 * with NHS England's published Somali FFT wording once the project has it.
 */
import type { Strings, TranslationSource } from './en.js';

export const about: TranslationSource = {
  reviewed: false,
  source: 'machine-assisted draft by the project team, needs native-speaker review',
};

const so: Strings = {
  lang: 'so',
  dir: 'ltr',
  language: 'Luqadda',
  feedbackFor: 'Fikrad ku saabsan {name}',
  noticeTitle: 'Foomkan looma talagalin caawimaad caafimaad',
  noticeBefore: 'Haddii aad hadda u baahan tahay caawimaad caafimaad, isticmaal ',
  noticeLink: 'NHS 111 online',
  noticeAfter: ' ama wac 111. Xaalad degdeg ah, wac 999.',
  notComplaints: 'Sidoo kale looma talagalin cabashooyin u baahan jawaab.',
  complaintsLink: 'Sida loo gudbiyo cabasho',
  complaintsAsk: 'Weydii rugta caafimaadka sida loo gudbiyo cabasho.',
  personalHint: 'Ha ku darin macluumaad shakhsi ah sida magacaaga, taariikhda dhalashadaada ama lambarkaaga NHS.',
  question: 'Guud ahaan, sidee buu ahaa waayo-aragnimadaada adeeggayaga?',
  ratings: {
    'very-good': 'Aad u fiican',
    good: 'Fiican',
    neither: 'Fiican ma aha, xunna ma aha',
    poor: 'Xun',
    'very-poor': 'Aad u xun',
    'dont-know': 'Ma garanayo',
  },
  good: 'Maxaa fiicnaa?',
  better: 'Maxaan si ka wanaagsan u samayn karnaa?',
  optional: '(ikhtiyaari)',
  charactersRemaining: { one: 'Waxaa kuu haray {count} xaraf', other: 'Waxaa kuu haray {count} xaraf' },
  urgentTitle: 'Ma u baahan tahay caawimaad hadda?',
  urgentNotRead: 'Fikradaha isla markiiba lama akhriyo, markaa kuuma keeni karaan caawimaad degdeg ah.',
  urgent999: 'Haddii adiga ama qof kale khatar ku jirtaan ama si daran u xanuunsanaysaan, hadda wac 999.',
  urgentMentalHealth:
    'Caawimaad degdeg ah oo ku saabsan caafimaadka maskaxda, wac 111 oo dooro xulashada caafimaadka maskaxda. Waxaad sidoo kale bilaash u wici kartaa Samaritans 116 123, habeen iyo maalin.',
  urgentStillSend: 'Weli waad diri kartaa fikraddaada.',
  aboutTitle: 'Adiga kugu saabsan (ikhtiyaari)',
  aboutHint: 'Tani waxay ka caawisaa rugta inay hubiso inay qof walba maqasho. Uma baahnid inaad ka jawaabto.',
  ageBand: 'Da’daada',
  ageBands: {
    'under-18': 'Ka yar 18',
    '18-24': '18 ilaa 24',
    '25-34': '25 ilaa 34',
    '35-44': '35 ilaa 44',
    '45-54': '45 ilaa 54',
    '55-64': '55 ilaa 64',
    '65-74': '65 ilaa 74',
    '75-plus': '75 ama ka badan',
    'prefer-not-to-say': 'Doorbidi maayo inaan sheego',
  },
  role: 'Yaa bixinaya fikraddan?',
  roles: {
    patient: 'Bukaanka',
    carer: 'Daryeele, qaraabo ama saaxiib',
    'prefer-not-to-say': 'Doorbidi maayo inaan sheego',
  },
  contactTitle: 'Codsi jawaab (ikhtiyaari)',
  contactHint: 'Fikraddaadu waa qarsoodi ilaa aad doorato inaad bixiso faahfaahintaada.',
  contactConsent: 'Waxaan jeclaan lahaa in rugtu ila soo xiriirto oo ku saabsan fikraddayda',
  contactConsentHint:
    'Rugtu waxay faahfaahintan u isticmaali doontaa oo keliya inay kula soo xiriirto fikraddan. Bixi iimayl, lambar telefoon ama labadaba.',
  name: 'Magacaaga',
  email: 'Cinwaanka iimaylka',
  phone: 'Lambarka telefoonka',
  send: 'Dir fikradda',
  sending: 'Fikraddaada waa la dirayaa',
  errorSummaryTitle: 'Dhibaato ayaa jirta',
  errorPrefix: 'Qalad:',
  errorChooseRating: 'Dooro sida ay ahayd waayo-aragnimadaada adeeggayaga',
  errorContactMissing: 'Geli iimayl ama lambar telefoon, ama ka saar calaamadda codsiga xiriirka',
  errorEmail: 'Geli iimayl qaab sax ah, tusaale name@example.com',
  errorPhone: 'Geli lambar telefoon, tusaale 01632 960 001 ama 07700 900 982',
  sentTitle: 'Mahadsanid, fikraddaada waa la diray',
  sentReceiptLabel: 'Koodhka rasiidkaagu waa',
  sentNextSteps:
    'Kooxda rugtu waxay akhriyaan dhammaan fikradaha, inta badan dhowr maalmood oo shaqo gudahood. Lama akhriyo fiidkii, dhammaadka usbuuca ama fasaxyada dawladda.',
  sentKeepReceipt: 'Kaydi koodhka rasiidkaaga haddii aad dib u rabto inaan helno ama tirtirno fikraddaada.',
  queuedTitle: 'Fikraddaada weli lama dirin',
  queuedOffline:
    'Fikraddaada waxay ku kaydsan tahay qalabkan, waxaana la diri doonaa marka aad mar kale internetka ku xirnaato.',
  queuedBusy:
    'Adeeggu hadda wuu mashquul yahay. Fikraddaada waxay ku kaydsan tahay qalabkan, waxaana si toos ah loo diri doonaa dhowr daqiiqo kadib.',
  queuedRetry: 'Isku day inaad hadda dirto',
  failedTitle: 'Waan ka xunnahay, fikraddaada lama dirin',
  failedBody: 'Hubi xiriirka internetkaaga oo isku day mar kale. Jawaabahaaga waa la kaydiyay.',
  rejectedBody: 'Foomkan dhibaato ayaa ku jirta. Fadlan u sheeg rugta caafimaadka.',
  retry: 'Isku day mar kale',
};

export default so;
