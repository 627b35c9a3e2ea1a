/**
 * Lithuanian (lietuvių). Source: machine-assisted draft by the project team, needs native-speaker
 * review. The FFT question and answers are a draft too: replace them with NHS England's published
 * Lithuanian FFT wording once the project has it.
 */
import type { Strings, TranslationSource } from './en.js';

export const about: TranslationSource = {
  reviewed: false,
  source: 'machine-assisted draft by the project team, needs native-speaker review',
};

const lt: Strings = {
  lang: 'lt',
  dir: 'ltr',
  language: 'Kalba',
  feedbackFor: 'Atsiliepimas apie {name}',
  noticeTitle: 'Ši forma neskirta medicininei pagalbai gauti',
  noticeBefore: 'Jei jums dabar reikia medicininės pagalbos, naudokitės ',
  noticeLink: 'NHS 111 online',
  noticeAfter: ' arba skambinkite 111. Skubiu atveju skambinkite 999.',
  notComplaints: 'Ji neskirta ir skundams, į kuriuos laukiate atsakymo.',
  complaintsLink: 'Kaip pateikti skundą',
  complaintsAsk: 'Paklauskite klinikoje, kaip pateikti skundą.',
  personalHint: 'Nenurodykite asmeninės informacijos, pavyzdžiui, vardo, gimimo datos ar NHS numerio.',
  question: 'Apskritai, kokia buvo jūsų patirtis naudojantis mūsų paslaugomis?',
  ratings: {
    'very-good': 'Labai gera',
    good: 'Gera',
    neither: 'Nei gera, nei bloga',
    poor: 'Bloga',
    'very-poor': 'Labai bloga',
    'dont-know': 'Nežinau',
  },
  good: 'Kas buvo gerai?',
  better: 'Ką galėtume padaryti geriau?',
  optional: '(neprivaloma)',
  charactersRemaining: {
    one: 'Liko {count} simbolis',
    few: 'Liko {count} simboliai',
    many: 'Liko {count} simbolio',
    other: 'Liko {count} simbolių',
  },
  urgentTitle: 'Ar jums reikia pagalbos dabar?',
  urgentNotRead: 'Atsiliepimai neskaitomi iš karto, todėl jie negali greitai suteikti jums pagalbos.',
  urgent999: 'Jei jums ar kitam žmogui gresia pavojus arba kas nors sunkiai serga, nedelsdami skambinkite 999.',
  urgentMentalHealth:
    'Jei reikia skubios psichikos sveikatos pagalbos, skambinkite 111 ir pasirinkite psichikos sveikatos parinktį. Taip pat galite nemokamai skambinti Samaritans numeriu 116 123 bet kuriuo paros metu.',
  urgentStillSend: 'Vis tiek galite išsiųsti savo atsiliepimą.',
  aboutTitle: 'Apie jus (neprivaloma)',
  aboutHint: 'Tai padeda klinikai įsitikinti, kad ji išgirsta visus. Atsakyti neprivaloma.',
  ageBand: 'Jūsų amžius',
  ageBands: {
    'under-18': 'Jaunesnis nei 18 metų',
    '18-24': '18–24',
    '25-34': '25–34',
    '35-44': '35–44',
    '45-54': '45–54',
    '55-64': '55–64',
    '65-74': '65–74',
    '75-plus': '75 metų ar vyresnis',
    'prefer-not-to-say': 'Nenoriu sakyti',
  },
  role: 'Kas pateikia šį atsiliepimą?',
  roles: { patient: 'Pacientas', carer: 'Globėjas, giminaitis ar draugas', 'prefer-not-to-say': 'Nenoriu sakyti' },
  contactTitle: 'Atsakymo prašymas (neprivaloma)',
  contactHint: 'Jūsų atsiliepimas yra anoniminis, nebent nuspręsite nurodyti savo duomenis.',
  contactConsent: 'Norėčiau, kad klinika susisiektų su manimi dėl mano atsiliepimo',
  contactConsentHint:
    'Klinika šiuos duomenis naudos tik tam, kad susisiektų su jumis dėl šio atsiliepimo. Nurodykite el. pašto adresą, telefono numerį arba abu.',
  name: 'Jūsų vardas',
  email: 'El. pašto adresas',
  phone: 'Telefono numeris',
  send: 'Siųsti atsiliepimą',
  sending: 'Jūsų atsiliepimas siunčiamas',
  errorSummaryTitle: 'Iškilo problema',
  errorPrefix: 'Klaida:',
  errorChooseRating: 'Pasirinkite, kokia buvo jūsų patirtis naudojantis mūsų paslaugomis',
  errorContactMissing: 'Įveskite el. pašto adresą arba telefono numerį, arba atžymėkite prašymą susisiekti',
  errorEmail: 'Įveskite tinkamo formato el. pašto adresą, pavyzdžiui, vardas@example.com',
  errorPhone: 'Įveskite telefono numerį, pavyzdžiui, 01632 960 001 arba 07700 900 982',
  sentTitle: 'Ačiū, jūsų atsiliepimas išsiųstas',
  sentReceiptLabel: 'Jūsų patvirtinimo kodas',
  sentNextSteps:
    'Klinikos komanda skaito visus atsiliepimus, paprastai per kelias darbo dienas. Jie neskaitomi vakarais, savaitgaliais ir per valstybines šventes.',
  sentKeepReceipt: 'Išsaugokite patvirtinimo kodą, jei vėliau norėsite, kad surastume ar ištrintume jūsų atsiliepimą.',
  queuedTitle: 'Jūsų atsiliepimas dar neišsiųstas',
  queuedOffline:
    'Jūsų atsiliepimas išsaugotas šiame įrenginyje ir bus išsiųstas, kai vėl prisijungsite prie interneto.',
  queuedBusy:
    'Paslauga šiuo metu labai užimta. Jūsų atsiliepimas išsaugotas šiame įrenginyje ir po kelių minučių bus išsiųstas automatiškai.',
  queuedRetry: 'Bandyti siųsti dabar',
  failedTitle: 'Atsiprašome, jūsų atsiliepimas neišsiųstas',
  failedBody: 'Patikrinkite interneto ryšį ir bandykite dar kartą. Jūsų atsakymai išsaugoti.',
  rejectedBody: 'Su šia forma iškilo problema. Praneškite apie tai klinikai.',
  retry: 'Bandyti dar kartą',
};

export default lt;
