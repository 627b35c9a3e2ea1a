/**
 * Arabic (العربية), right to left. Source: machine-assisted draft by the project team, needs
 * native-speaker review. The FFT question and answers are a draft too: replace them with NHS
 * England's published Arabic FFT wording once the project has it.
 */
import type { Strings, TranslationSource } from './en.js';

export const about: TranslationSource = {
  reviewed: false,
  source: 'machine-assisted draft by the project team, needs native-speaker review',
};

const ar: Strings = {
  lang: 'ar',
  dir: 'rtl',
  language: 'اللغة',
  feedbackFor: 'رأيك في {name}',
  noticeTitle: 'هذا النموذج ليس لطلب المساعدة الطبية',
  noticeBefore: 'إذا كنت بحاجة إلى مساعدة طبية الآن، فاستخدم ',
  noticeLink: 'NHS 111 online',
  noticeAfter: ' أو اتصل بالرقم 111. في حالة الطوارئ، اتصل بالرقم 999.',
  notComplaints: 'وهو ليس أيضًا للشكاوى التي تحتاج إلى رد.',
  complaintsLink: 'كيفية تقديم شكوى',
  complaintsAsk: 'اسأل العيادة عن كيفية تقديم شكوى.',
  personalHint: 'لا تكتب معلومات شخصية مثل اسمك أو تاريخ ميلادك أو رقمك في NHS.',
  question: 'بشكل عام، كيف كانت تجربتك مع خدمتنا؟',
  ratings: {
    'very-good': 'جيدة جدًا',
    good: 'جيدة',
    neither: 'لا جيدة ولا سيئة',
    poor: 'سيئة',
    'very-poor': 'سيئة جدًا',
    'dont-know': 'لا أعرف',
  },
  good: 'ما الذي كان جيدًا؟',
  better: 'ما الذي يمكننا تحسينه؟',
  optional: '(اختياري)',
  charactersRemaining: {
    zero: 'لم يتبقَّ لديك أي حرف',
    one: 'تبقّى لديك حرف واحد',
    two: 'تبقّى لديك حرفان',
    few: 'تبقّى لديك {count} أحرف',
    many: 'تبقّى لديك {count} حرفًا',
    other: 'تبقّى لديك {count} حرف',
  },
  urgentTitle: 'هل تحتاج إلى مساعدة الآن؟',
  urgentNotRead: 'لا تُقرأ الآراء فورًا، لذلك لا يمكنها أن توفّر لك مساعدة سريعة.',
  urgent999: 'إذا كنت أنت أو شخص آخر في خطر أو مريضًا بشدة، فاتصل بالرقم 999 الآن.',
  urgentMentalHealth:
    'للحصول على مساعدة عاجلة بشأن صحتك النفسية، اتصل بالرقم 111 واختر خيار الصحة النفسية. ويمكنك أيضًا الاتصال مجانًا بمنظمة Samaritans على الرقم 116 123 في أي وقت.',
  urgentStillSend: 'لا يزال بإمكانك إرسال رأيك.',
  aboutTitle: 'معلومات عنك (اختياري)',
  aboutHint: 'يساعد هذا العيادة على التأكد من أنها تسمع من الجميع. لست مضطرًا إلى الإجابة.',
  ageBand: 'عمرك',
  ageBands: {
    'under-18': 'أقل من 18',
    '18-24': 'من 18 إلى 24',
    '25-34': 'من 25 إلى 34',
    '35-44': 'من 35 إلى 44',
    '45-54': 'من 45 إلى 54',
    '55-64': 'من 55 إلى 64',
    '65-74': 'من 65 إلى 74',
    '75-plus': '75 أو أكثر',
    'prefer-not-to-say': 'أفضّل عدم الإجابة',
  },
  role: 'من يقدّم هذا الرأي؟',
  roles: { patient: 'المريض', carer: 'مقدّم رعاية أو قريب أو صديق', 'prefer-not-to-say': 'أفضّل عدم الإجابة' },
  contactTitle: 'طلب رد (اختياري)',
  contactHint: 'رأيك مجهول الهوية ما لم تختر أن تعطي بياناتك.',
  contactConsent: 'أودّ أن تتواصل معي العيادة بشأن رأيي',
  contactConsentHint:
    'لن تستخدم العيادة هذه البيانات إلا للتواصل معك بشأن هذا الرأي. اكتب بريدًا إلكترونيًا أو رقم هاتف أو كليهما.',
  name: 'اسمك',
  email: 'البريد الإلكتروني',
  phone: 'رقم الهاتف',
  send: 'أرسل رأيك',
  sending: 'جارٍ إرسال رأيك',
  errorSummaryTitle: 'توجد مشكلة',
  errorPrefix: 'خطأ:',
  errorChooseRating: 'اختر كيف كانت تجربتك مع خدمتنا',
  errorContactMissing: 'اكتب بريدًا إلكترونيًا أو رقم هاتف، أو ألغِ تحديد طلب التواصل',
  errorEmail: 'اكتب بريدًا إلكترونيًا بالصيغة الصحيحة، مثل name@example.com',
  errorPhone: 'اكتب رقم هاتف، مثل 01632 960 001 أو 07700 900 982',
  sentTitle: 'شكرًا لك، تم إرسال رأيك',
  sentReceiptLabel: 'رمز الإيصال الخاص بك هو',
  sentNextSteps:
    'يقرأ فريق العيادة جميع الآراء، عادةً خلال بضعة أيام عمل. ولا تُقرأ في المساء أو في عطلات نهاية الأسبوع أو في العطل الرسمية.',
  sentKeepReceipt: 'احتفظ برمز الإيصال إذا كنت قد ترغب لاحقًا في أن نجد رأيك أو نحذفه.',
  queuedTitle: 'لم يُرسَل رأيك بعد',
  queuedOffline: 'تم حفظ رأيك على هذا الجهاز وسيُرسَل عندما تعود متصلًا بالإنترنت.',
  queuedBusy: 'الخدمة مشغولة الآن. تم حفظ رأيك على هذا الجهاز وسيُرسَل تلقائيًا خلال بضع دقائق.',
  queuedRetry: 'حاول الإرسال الآن',
  failedTitle: 'عذرًا، لم يُرسَل رأيك',
  failedBody: 'تحقّق من اتصالك بالإنترنت وحاول مرة أخرى. تم الاحتفاظ بإجاباتك.',
  rejectedBody: 'توجد مشكلة في هذا النموذج. يُرجى إبلاغ العيادة.',
  retry: 'حاول مرة أخرى',
};

export default ar;
