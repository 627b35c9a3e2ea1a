/**
 * Spanish (español). Source: machine-assisted draft by the project team, needs native-speaker
 * review. The FFT question and answers are a draft too: replace them with NHS England's published
 * Spanish FFT wording once the project has it.
 */
import type { Strings, TranslationSource } from './en.js';

export const about: TranslationSource = {
  reviewed: false,
  source: 'machine-assisted draft by the project team, needs native-speaker review',
};

const es: Strings = {
  lang: 'es',
  dir: 'ltr',
  language: 'Idioma',
  feedbackFor: 'Opinión sobre {name}',
  noticeTitle: 'Este formulario no es para pedir ayuda médica',
  noticeBefore: 'Si necesita ayuda médica ahora, use ',
  noticeLink: 'NHS 111 online',
  noticeAfter: ' o llame al 111. En una emergencia, llame al 999.',
  notComplaints: 'Tampoco es para quejas que necesiten una respuesta.',
  complaintsLink: 'Cómo presentar una queja',
  complaintsAsk: 'Pregunte en el centro de salud cómo presentar una queja.',
  personalHint: 'No incluya datos personales como su nombre, su fecha de nacimiento o su número del NHS.',
  question: 'En general, ¿cómo fue su experiencia con nuestro servicio?',
  ratings: {
    'very-good': 'Muy buena',
    good: 'Buena',
    neither: 'Ni buena ni mala',
    poor: 'Mala',
    'very-poor': 'Muy mala',
    'dont-know': 'No lo sé',
  },
  good: '¿Qué estuvo bien?',
  better: '¿Qué podríamos hacer mejor?',
  optional: '(opcional)',
  charactersRemaining: {
    one: 'Le queda {count} carácter',
    many: 'Le quedan {count} de caracteres',
    other: 'Le quedan {count} caracteres',
  },
  urgentTitle: '¿Necesita ayuda ahora?',
  urgentNotRead: 'Las opiniones no se leen enseguida, así que no pueden conseguirle ayuda rápida.',
  urgent999: 'Si usted u otra persona está en peligro o gravemente enferma, llame al 999 ahora.',
  urgentMentalHealth:
    'Para ayuda urgente con su salud mental, llame al 111 y elija la opción de salud mental. También puede llamar gratis a Samaritans al 116 123, de día o de noche.',
  urgentStillSend: 'Aún puede enviar su opinión.',
  aboutTitle: 'Sobre usted (opcional)',
  aboutHint: 'Esto ayuda al centro de salud a comprobar que escucha a todo el mundo. No tiene que responder.',
  ageBand: 'Su edad',
  ageBands: {
    'under-18': 'Menos de 18',
    '18-24': 'De 18 a 24',
    '25-34': 'De 25 a 34',
    '35-44': 'De 35 a 44',
    '45-54': 'De 45 a 54',
    '55-64': 'De 55 a 64',
    '65-74': 'De 65 a 74',
    '75-plus': '75 o más',
    'prefer-not-to-say': 'Prefiero no decirlo',
  },
  role: '¿Quién da esta opinión?',
  roles: { patient: 'El paciente', carer: 'Un cuidador, familiar o amigo', 'prefer-not-to-say': 'Prefiero no decirlo' },
  contactTitle: 'Pedir una respuesta (opcional)',
  contactHint: 'Su opinión es anónima, a menos que decida dar sus datos.',
  contactConsent: 'Me gustaría que el centro de salud se pusiera en contacto conmigo sobre mi opinión',
  contactConsentHint:
    'El centro de salud solo usará estos datos para contactarle sobre esta opinión. Indique un correo electrónico, un teléfono o ambos.',
  name: 'Su nombre',
  email: 'Correo electrónico',
  phone: 'Número de teléfono',
  send: 'Enviar opinión',
  sending: 'Enviando su opinión',
  errorSummaryTitle: 'Hay un problema',
  errorPrefix: 'Error:',
  errorChooseRating: 'Elija cómo fue su experiencia con nuestro servicio',
  errorContactMissing: 'Escriba un correo electrónico o un teléfono, o desmarque la casilla de contacto',
  errorEmail: 'Escriba un correo electrónico con el formato correcto, como nombre@example.com',
  errorPhone: 'Escriba un número de teléfono, como 01632 960 001 o 07700 900 982',
  sentTitle: 'Gracias, su opinión se ha enviado',
  sentReceiptLabel: 'Su código de recibo es',
  sentNextSteps:
    'El equipo del centro de salud lee todas las opiniones, normalmente en unos pocos días laborables. No se leen por la noche, los fines de semana ni los días festivos.',
  sentKeepReceipt: 'Guarde su código de recibo por si más adelante quiere que encontremos o borremos su opinión.',
  queuedTitle: 'Su opinión aún no se ha enviado',
  queuedOffline: 'Su opinión está guardada en este dispositivo y se enviará cuando vuelva a tener conexión.',
  queuedBusy:
    'El servicio está muy ocupado ahora. Su opinión está guardada en este dispositivo y se enviará automáticamente en unos minutos.',
  queuedRetry: 'Intentar enviar ahora',
  failedTitle: 'Lo sentimos, su opinión no se ha enviado',
  failedBody: 'Compruebe su conexión a internet e inténtelo de nuevo. Sus respuestas se han guardado.',
  rejectedBody: 'Hay un problema con este formulario. Por favor, avise al centro de salud.',
  retry: 'Intentar de nuevo',
};

export default es;
