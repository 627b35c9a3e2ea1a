/**
 * Portuguese (português, European). Source: machine-assisted draft by the project team, needs
 * native-speaker review. The FFT question and answers are a draft too: replace them with NHS
 * England's published Portuguese FFT wording once the project has it.
 */
import type { Strings, TranslationSource } from './en.js';

export const about: TranslationSource = {
  reviewed: false,
  source: 'machine-assisted draft by the project team, needs native-speaker review',
};

const pt: Strings = {
  lang: 'pt',
  dir: 'ltr',
  language: 'Idioma',
  feedbackFor: 'Opinião sobre {name}',
  noticeTitle: 'Este formulário não serve para pedir ajuda médica',
  noticeBefore: 'Se precisa de ajuda médica agora, use o ',
  noticeLink: 'NHS 111 online',
  noticeAfter: ' ou ligue para o 111. Numa emergência, ligue para o 999.',
  notComplaints: 'Também não serve para reclamações que precisem de resposta.',
  complaintsLink: 'Como fazer uma reclamação',
  complaintsAsk: 'Pergunte no centro de saúde como fazer uma reclamação.',
  personalHint: 'Não inclua dados pessoais, como o seu nome, a data de nascimento ou o número do NHS.',
  question: 'De um modo geral, como foi a sua experiência com o nosso serviço?',
  ratings: {
    'very-good': 'Muito boa',
    good: 'Boa',
    neither: 'Nem boa nem má',
    poor: 'Má',
    'very-poor': 'Muito má',
    'dont-know': 'Não sei',
  },
  good: 'O que correu bem?',
  better: 'O que poderíamos fazer melhor?',
  optional: '(opcional)',
  charactersRemaining: {
    one: 'Resta {count} carácter',
    many: 'Restam {count} de caracteres',
    other: 'Restam {count} caracteres',
  },
  urgentTitle: 'Precisa de ajuda agora?',
  urgentNotRead: 'As opiniões não são lidas de imediato, por isso não lhe podem trazer ajuda rápida.',
  urgent999: 'Se você ou outra pessoa estiver em perigo ou gravemente doente, ligue já para o 999.',
  urgentMentalHealth:
    'Para ajuda urgente com a sua saúde mental, ligue para o 111 e escolha a opção de saúde mental. Também pode ligar gratuitamente para os Samaritans, 116 123, a qualquer hora.',
  urgentStillSend: 'Pode enviar a sua opinião na mesma.',
  aboutTitle: 'Sobre si (opcional)',
  aboutHint: 'Isto ajuda o centro de saúde a confirmar que ouve toda a gente. Não tem de responder.',
  ageBand: 'A sua idade',
  ageBands: {
    'under-18': 'Menos de 18',
    '18-24': '18 a 24',
    '25-34': '25 a 34',
    '35-44': '35 a 44',
    '45-54': '45 a 54',
    '55-64': '55 a 64',
    '65-74': '65 a 74',
    '75-plus': '75 ou mais',
    'prefer-not-to-say': 'Prefiro não dizer',
  },
  role: 'Quem está a dar esta opinião?',
  roles: { patient: 'O doente', carer: 'Um cuidador, familiar ou amigo', 'prefer-not-to-say': 'Prefiro não dizer' },
  contactTitle: 'Pedir uma resposta (opcional)',
  contactHint: 'A sua opinião é anónima, a não ser que decida dar os seus dados.',
  contactConsent: 'Gostaria que o centro de saúde me contactasse sobre a minha opinião',
  contactConsentHint:
    'O centro de saúde só usará estes dados para o contactar sobre esta opinião. Indique um e-mail, um telefone ou ambos.',
  name: 'O seu nome',
  email: 'Endereço de e-mail',
  phone: 'Número de telefone',
  send: 'Enviar opinião',
  sending: 'A enviar a sua opinião',
  errorSummaryTitle: 'Há um problema',
  errorPrefix: 'Erro:',
  errorChooseRating: 'Escolha como foi a sua experiência com o nosso serviço',
  errorContactMissing: 'Escreva um e-mail ou um número de telefone, ou desmarque o pedido de contacto',
  errorEmail: 'Escreva um e-mail no formato correto, por exemplo nome@example.com',
  errorPhone: 'Escreva um número de telefone, por exemplo 01632 960 001 ou 07700 900 982',
  sentTitle: 'Obrigado, a sua opinião foi enviada',
  sentReceiptLabel: 'O seu código de recibo é',
  sentNextSteps:
    'A equipa do centro de saúde lê todas as opiniões, normalmente dentro de alguns dias úteis. Não são lidas à noite, aos fins de semana nem nos feriados.',
  sentKeepReceipt: 'Guarde o seu código de recibo, caso mais tarde queira que encontremos ou apaguemos a sua opinião.',
  queuedTitle: 'A sua opinião ainda não foi enviada',
  queuedOffline: 'A sua opinião está guardada neste dispositivo e será enviada quando voltar a estar online.',
  queuedBusy:
    'O serviço está muito ocupado neste momento. A sua opinião está guardada neste dispositivo e será enviada automaticamente dentro de alguns minutos.',
  queuedRetry: 'Tentar enviar agora',
  failedTitle: 'Lamentamos, a sua opinião não foi enviada',
  failedBody: 'Verifique a sua ligação à internet e tente novamente. As suas respostas foram guardadas.',
  rejectedBody: 'Há um problema com este formulário. Por favor, informe o centro de saúde.',
  retry: 'Tentar novamente',
};

export default pt;
