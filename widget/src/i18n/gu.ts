/**
 * Gujarati (ગુજરાતી). Source: machine-assisted draft by the project team, needs native-speaker
 * review. The FFT question and answers are a draft too: replace them with NHS England's published
 * Gujarati FFT wording once the project has it.
 */
import type { Strings, TranslationSource } from './en.js';

export const about: TranslationSource = {
  reviewed: false,
  source: 'machine-assisted draft by the project team, needs native-speaker review',
};

const gu: Strings = {
  lang: 'gu',
  dir: 'ltr',
  language: 'ભાષા',
  feedbackFor: '{name} વિશે પ્રતિસાદ',
  noticeTitle: 'આ ફોર્મ તબીબી મદદ માટે નથી',
  noticeBefore: 'જો તમને હમણાં તબીબી મદદની જરૂર હોય, તો ',
  noticeLink: 'NHS 111 online',
  noticeAfter: ' નો ઉપયોગ કરો અથવા 111 પર ફોન કરો. કટોકટીમાં 999 પર ફોન કરો.',
  notComplaints: 'જે ફરિયાદોનો જવાબ જોઈએ તેના માટે પણ આ નથી.',
  complaintsLink: 'ફરિયાદ કેવી રીતે કરવી',
  complaintsAsk: 'ફરિયાદ કેવી રીતે કરવી તે પ્રેક્ટિસને પૂછો.',
  personalHint: 'વ્યક્તિગત માહિતી, જેમ કે તમારું નામ, જન્મતારીખ અથવા NHS નંબર, લખશો નહીં.',
  question: 'એકંદરે, અમારી સેવા સાથે તમારો અનુભવ કેવો રહ્યો?',
  ratings: {
    'very-good': 'ખૂબ સારો',
    good: 'સારો',
    neither: 'ન સારો, ન ખરાબ',
    poor: 'ખરાબ',
    'very-poor': 'ખૂબ ખરાબ',
    'dont-know': 'ખબર નથી',
  },
  good: 'શું સારું હતું?',
  better: 'અમે શું વધુ સારું કરી શકીએ?',
  optional: '(વૈકલ્પિક)',
  charactersRemaining: { one: 'તમારી પાસે {count} અક્ષર બાકી છે', other: 'તમારી પાસે {count} અક્ષરો બાકી છે' },
  urgentTitle: 'શું તમને હમણાં મદદની જરૂર છે?',
  urgentNotRead: 'પ્રતિસાદ તરત વાંચવામાં આવતો નથી, તેથી તેનાથી તમને ઝડપથી મદદ મળી શકતી નથી.',
  urgent999: 'જો તમે અથવા બીજું કોઈ જોખમમાં હોય કે ગંભીર રીતે બીમાર હોય, તો હમણાં 999 પર ફોન કરો.',
  urgentMentalHealth:
    'માનસિક સ્વાસ્થ્ય માટે તાત્કાલિક મદદ માટે 111 પર ફોન કરો અને માનસિક સ્વાસ્થ્યનો વિકલ્પ પસંદ કરો. તમે દિવસ કે રાત ગમે ત્યારે Samaritans ને 116 123 પર મફત ફોન પણ કરી શકો છો.',
  urgentStillSend: 'તમે છતાં પણ તમારો પ્રતિસાદ મોકલી શકો છો.',
  aboutTitle: 'તમારા વિશે (વૈકલ્પિક)',
  aboutHint: 'આનાથી પ્રેક્ટિસને ખાતરી કરવામાં મદદ મળે છે કે તે દરેકની વાત સાંભળે છે. તમારે જવાબ આપવો જરૂરી નથી.',
  ageBand: 'તમારી ઉંમર',
  ageBands: {
    'under-18': '18 થી ઓછી',
    '18-24': '18 થી 24',
    '25-34': '25 થી 34',
    '35-44': '35 થી 44',
    '45-54': '45 થી 54',
    '55-64': '55 થી 64',
    '65-74': '65 થી 74',
    '75-plus': '75 કે તેથી વધુ',
    'prefer-not-to-say': 'કહેવા માંગતા નથી',
  },
  role: 'આ પ્રતિસાદ કોણ આપી રહ્યું છે?',
  roles: { patient: 'દર્દી', carer: 'સંભાળ રાખનાર, સંબંધી અથવા મિત્ર', 'prefer-not-to-say': 'કહેવા માંગતા નથી' },
  contactTitle: 'જવાબ માટે વિનંતી (વૈકલ્પિક)',
  contactHint: 'તમે તમારી વિગતો આપવાનું પસંદ ન કરો ત્યાં સુધી તમારો પ્રતિસાદ અનામી રહે છે.',
  contactConsent: 'હું ઈચ્છું છું કે પ્રેક્ટિસ મારા પ્રતિસાદ વિશે મારો સંપર્ક કરે',
  contactConsentHint: 'પ્રેક્ટિસ આ વિગતોનો ઉપયોગ ફક્ત આ પ્રતિસાદ વિશે તમારો સંપર્ક કરવા માટે કરશે. ઇમેઇલ, ફોન નંબર અથવા બંને આપો.',
  name: 'તમારું નામ',
  email: 'ઇમેઇલ સરનામું',
  phone: 'ફોન નંબર',
  send: 'પ્રતિસાદ મોકલો',
  sending: 'તમારો પ્રતિસાદ મોકલાઈ રહ્યો છે',
  errorSummaryTitle: 'એક સમસ્યા છે',
  errorPrefix: 'ભૂલ:',
  errorChooseRating: 'અમારી સેવા સાથે તમારો અનુભવ કેવો રહ્યો તે પસંદ કરો',
  errorContactMissing: 'ઇમેઇલ અથવા ફોન નંબર લખો, અથવા સંપર્કની વિનંતીવાળા ખાનામાંથી નિશાની કાઢી નાખો',
  errorEmail: 'સાચા સ્વરૂપમાં ઇમેઇલ લખો, જેમ કે name@example.com',
  errorPhone: 'ફોન નંબર લખો, જેમ કે 01632 960 001 અથવા 07700 900 982',
  sentTitle: 'આભાર, તમારો પ્રતિસાદ મોકલાઈ ગયો છે',
  sentReceiptLabel: 'તમારો રસીદ કોડ છે',
  sentNextSteps:
    'પ્રેક્ટિસની ટીમ બધા પ્રતિસાદ વાંચે છે, સામાન્ય રીતે થોડા કામકાજના દિવસોમાં. સાંજે, સપ્તાહાંતે કે જાહેર રજાઓમાં તે વાંચવામાં આવતા નથી.',
  sentKeepReceipt: 'જો તમે પછીથી ઈચ્છો કે અમે તમારો પ્રતિસાદ શોધીએ અથવા કાઢી નાખીએ, તો તમારો રસીદ કોડ સાચવી રાખો.',
  queuedTitle: 'તમારો પ્રતિસાદ હજુ મોકલાયો નથી',
  queuedOffline: 'તમારો પ્રતિસાદ આ ઉપકરણ પર સાચવેલો છે અને તમે ફરી ઓનલાઇન થશો ત્યારે મોકલાશે.',
  queuedBusy: 'સેવા હમણાં વ્યસ્ત છે. તમારો પ્રતિસાદ આ ઉપકરણ પર સાચવેલો છે અને થોડી મિનિટોમાં આપમેળે મોકલાશે.',
  queuedRetry: 'હમણાં મોકલવાનો પ્રયાસ કરો',
  failedTitle: 'માફ કરશો, તમારો પ્રતિસાદ મોકલાયો નથી',
  failedBody: 'તમારું ઇન્ટરનેટ કનેક્શન તપાસો અને ફરી પ્રયાસ કરો. તમારા જવાબો સાચવી રાખ્યા છે.',
  rejectedBody: 'આ ફોર્મમાં એક સમસ્યા છે. કૃપા કરીને પ્રેક્ટિસને જણાવો.',
  retry: 'ફરી પ્રયાસ કરો',
};

export default gu;
