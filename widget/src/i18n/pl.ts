/**
 * Polish (polski). Source: machine-assisted draft by the project team, needs native-speaker review.
 * The FFT question and answers are a draft too: replace them with NHS England's published Polish
 * FFT wording once the project has it.
 */
import type { Strings, TranslationSource } from './en.js';

export const about: TranslationSource = {
  reviewed: false,
  source: 'machine-assisted draft by the project team, needs native-speaker review',
};

const pl: Strings = {
  lang: 'pl',
  dir: 'ltr',
  language: 'Język',
  feedbackFor: 'Opinia o: {name}',
  noticeTitle: 'Ten formularz nie służy do uzyskania pomocy medycznej',
  noticeBefore: 'Jeśli potrzebujesz pomocy medycznej teraz, skorzystaj z ',
  noticeLink: 'NHS 111 online',
  noticeAfter: ' lub zadzwoń pod numer 111. W nagłym wypadku zadzwoń pod numer 999.',
  notComplaints: 'Nie służy też do składania skarg, na które oczekujesz odpowiedzi.',
  complaintsLink: 'Jak złożyć skargę',
  complaintsAsk: 'Zapytaj w przychodni, jak złożyć skargę.',
  personalHint: 'Nie podawaj danych osobowych, takich jak imię i nazwisko, data urodzenia czy numer NHS.',
  question: 'Ogólnie, jak oceniasz swoje doświadczenie z naszą przychodnią?',
  ratings: {
    'very-good': 'Bardzo dobrze',
    good: 'Dobrze',
    neither: 'Ani dobrze, ani źle',
    poor: 'Źle',
    'very-poor': 'Bardzo źle',
    'dont-know': 'Nie wiem',
  },
  good: 'Co było dobre?',
  better: 'Co moglibyśmy zrobić lepiej?',
  optional: '(opcjonalnie)',
  charactersRemaining: {
    one: 'Pozostał {count} znak',
    few: 'Pozostały {count} znaki',
    many: 'Pozostało {count} znaków',
    other: 'Pozostało {count} znaku',
  },
  urgentTitle: 'Czy potrzebujesz pomocy teraz?',
  urgentNotRead: 'Opinie nie są czytane od razu, więc nie zapewnią Ci szybkiej pomocy.',
  urgent999: 'Jeśli Ty lub ktoś inny jest w niebezpieczeństwie lub poważnie chory, zadzwoń teraz pod numer 999.',
  urgentMentalHealth:
    'W pilnych sprawach zdrowia psychicznego zadzwoń pod numer 111 i wybierz opcję zdrowia psychicznego. Możesz też bezpłatnie zadzwonić do Samaritans pod numer 116 123, o każdej porze.',
  urgentStillSend: 'Nadal możesz wysłać swoją opinię.',
  aboutTitle: 'O Tobie (opcjonalnie)',
  aboutHint: 'Pomaga to przychodni sprawdzić, czy słyszy głos wszystkich pacjentów. Nie musisz odpowiadać.',
  ageBand: 'Twój wiek',
  ageBands: {
    'under-18': 'Poniżej 18 lat',
    '18-24': '18–24',
    '25-34': '25–34',
    '35-44': '35–44',
    '45-54': '45–54',
    '55-64': '55–64',
    '65-74': '65–74',
    '75-plus': '75 lat lub więcej',
    'prefer-not-to-say': 'Wolę nie podawać',
  },
  role: 'Kto przekazuje tę opinię?',
  roles: { patient: 'Pacjent', carer: 'Opiekun, krewny lub przyjaciel', 'prefer-not-to-say': 'Wolę nie podawać' },
  contactTitle: 'Prośba o odpowiedź (opcjonalnie)',
  contactHint: 'Twoja opinia jest anonimowa, chyba że zdecydujesz się podać swoje dane.',
  contactConsent: 'Chcę, aby przychodnia skontaktowała się ze mną w sprawie mojej opinii',
  contactConsentHint:
    'Przychodnia użyje tych danych tylko po to, aby skontaktować się z Tobą w sprawie tej opinii. Podaj adres e-mail, numer telefonu lub oba.',
  name: 'Imię i nazwisko',
  email: 'Adres e-mail',
  phone: 'Numer telefonu',
  send: 'Wyślij opinię',
  sending: 'Wysyłanie opinii',
  errorSummaryTitle: 'Wystąpił problem',
  errorPrefix: 'Błąd:',
  errorChooseRating: 'Wybierz, jak oceniasz swoje doświadczenie z naszą przychodnią',
  errorContactMissing: 'Podaj adres e-mail lub numer telefonu albo odznacz prośbę o kontakt',
  errorEmail: 'Podaj adres e-mail w poprawnym formacie, np. imie@example.com',
  errorPhone: 'Podaj numer telefonu, np. 01632 960 001 lub 07700 900 982',
  sentTitle: 'Dziękujemy, Twoja opinia została wysłana',
  sentReceiptLabel: 'Twój kod potwierdzenia to',
  sentNextSteps:
    'Zespół przychodni czyta wszystkie opinie, zwykle w ciągu kilku dni roboczych. Opinie nie są czytane wieczorami, w weekendy ani w dni ustawowo wolne od pracy.',
  sentKeepReceipt: 'Zachowaj kod potwierdzenia, jeśli zechcesz później, abyśmy odnaleźli lub usunęli Twoją opinię.',
  queuedTitle: 'Twoja opinia nie została jeszcze wysłana',
  queuedOffline: 'Twoja opinia jest zapisana na tym urządzeniu i zostanie wysłana, gdy znów będziesz online.',
  queuedBusy:
    'Serwis opinii jest teraz przeciążony. Twoja opinia jest zapisana na tym urządzeniu i zostanie wysłana automatycznie za kilka minut.',
  queuedRetry: 'Spróbuj wysłać teraz',
  failedTitle: 'Przepraszamy, Twoja opinia nie została wysłana',
  failedBody: 'Sprawdź połączenie z internetem i spróbuj ponownie. Twoje odpowiedzi zostały zachowane.',
  rejectedBody: 'Wystąpił problem z tym formularzem. Prosimy poinformować przychodnię.',
  retry: 'Spróbuj ponownie',
};

export default pl;
