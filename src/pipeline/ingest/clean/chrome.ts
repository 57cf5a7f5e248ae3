import { isPhotoCredit } from '../metadata/agencies'
import { endsSentence, hasLetters, list, LONG_LINE, matchKey, type Line } from './lines'

/**
 * Site chrome as data: the words and shapes of menus, share bars, comment prompts, teasers,
 * font-size widgets, counters and footers that a copied or saved news page carries around the
 * article. A linguist extends the phrase lists; every rule has an id so the output can say why
 * a line was dropped. Phrases are written as they appear; they are matched on the line's
 * normalised key (hamza, ta marbuta, alef maqsura, diacritics and punctuation ignored).
 *
 * How a rule matches:
 *   line      the whole line is one of the phrases
 *   words     every word of the line belongs to the phrases (a share bar: "فيسبوك تويتر واتساب")
 *   prefix    the line starts with a phrase ("اقرأ أيضا: ..."), and is at most maxWords long
 *   contains  the line holds a phrase, is at most maxWords long and does not read as a sentence
 *   shape     a regular expression on the line as written
 * `opens` marks headings whose following short lines belong to the same widget (a list of
 * teaser headlines after "اقرأ أيضا", tags after "الوسوم", reader comments after "التعليقات", the
 * caption after "التعليق على الصورة").
 */

export type Block = 'teasers' | 'tags' | 'footer' | 'caption'

export interface ChromeRule {
  id: string
  kind: 'line' | 'words' | 'prefix' | 'contains' | 'shape'
  phrases?: string[]
  pattern?: RegExp
  maxWords?: number
  opens?: Block
  /** Only in articles written in Arabic (a lone English word there is a widget label). */
  arabicOnly?: boolean
}

const SOCIAL = list(`
      فيسبوك | فيس بوك | تويتر | إكس | واتساب | واتس اب | واتس آب | تيليجرام | تلغرام
      تلجرام | لينكدإن | لينكد إن | ماسنجر | إنستغرام | انستجرام | يوتيوب | تيك توك
      سناب شات | البريد الإلكتروني | بريد إلكتروني | إيميل | facebook | twitter | x
      whatsapp | telegram | linkedin | messenger | instagram | youtube | tiktok | reddit
      pinterest | email | e mail | mail | print | share | tweet | copy | link | copy link
    `)

export const CHROME_RULES: ChromeRule[] = [
  // Shapes first: a file name or a link is chrome whatever words it holds.
  {
    id: 'image-file',
    kind: 'shape',
    pattern: /^[\w\-.%()\u0600-\u06FF]+\.(?:jpe?g|png|gif|webp|svg|bmp|avif|tiff?)(?:\?\S*)?$/iu,
  },
  { id: 'url', kind: 'shape', pattern: /^(?:https?:\/\/|www\.)\S+$|^pic\.twitter\.com\/\S+$/iu },
  {
    id: 'share',
    kind: 'words',
    maxWords: 12,
    phrases: [
      ...SOCIAL,
      ...list(`
      مشاركة | شارك | شاركها | شارك الخبر | شارك المقال | شارك هذا | انشر | نشر | تغريد
      غرد | طباعة | اطبع | أرسل | أرسل لصديق | إرسال | حفظ | احفظ | نسخ | نسخ الرابط
      تم نسخ الرابط | الرابط | رابط مختصر | الرابط المختصر | عبر | على | المقال | الخبر
      مشاركة الخبر | مشاركة المقال | شارك على | this | this article | article | on | via
    `),
    ],
  },
  {
    id: 'font-size',
    kind: 'words',
    maxWords: 6,
    phrases: list(`
      حجم الخط | تكبير الخط | تصغير الخط | تكبير | تصغير | الخط | a | أ | aa
    `),
  },
  {
    id: 'comments',
    kind: 'contains',
    maxWords: 14,
    opens: 'footer',
    phrases: list(`
      أضف تعليق | أضف تعليقا | أضف تعليقك | اكتب تعليق | اكتب تعليقك | اترك تعليقا
      اترك تعليق | أرسل تعليق | تعليقات القراء | لا توجد تعليقات | لا يوجد تعليقات
      كن أول من يعلق | كن أول من يعلق على | سوف يظهر بعد المراجعة | يظهر بعد المراجعة
      تم إضافة تعليقك | تمت إضافة تعليقك | شروط التعليق | قواعد التعليق | عدد التعليقات
      leave a comment | add a comment | post a comment | no comments
    `),
  },
  {
    id: 'comments-heading',
    kind: 'line',
    opens: 'footer',
    phrases: list(`
      التعليقات | تعليقات | تعليق | التعليق | comments | comment
    `),
  },
  {
    // A dateline's label on its own line; the date follows on the next.
    id: 'date-label',
    kind: 'line',
    phrases: list(`
      نشر في | نشر | نشر بتاريخ | تاريخ النشر | آخر تحديث | تم التحديث | تحديث | published
      updated | last updated | posted | posted on | published on
    `),
  },
  {
    id: 'back-to-top',
    kind: 'line',
    phrases: list(`
      الرجوع إلى أعلى الصفحة | العودة إلى أعلى الصفحة | الرجوع لأعلى الصفحة | العودة للأعلى
      الرجوع للأعلى | إلى الأعلى | أعلى الصفحة | للأعلى | back to top | top
    `),
  },
  {
    id: 'read-more',
    kind: 'prefix',
    maxWords: 30,
    opens: 'teasers',
    phrases: list(`
      اقرأ أيضا | إقرأ أيضا | اقرأ كذلك | اقرأ المزيد | اقرأ ايضا على | طالع أيضا
      اطلع أيضا | شاهد أيضا | شاهد كذلك | قد يهمك | قد يهمك أيضا | قد يعجبك | ربما يهمك
      ننصحك بقراءة | المزيد من الأخبار | لمزيد من الأخبار | للمزيد من الأخبار
      أخبار ذات صلة | مواضيع ذات صلة | مقالات ذات صلة | موضوعات ذات صلة | روابط ذات صلة
      أخبار متعلقة | مواضيع متعلقة | مقالات متعلقة | ذات صلة | read more | read also
      see also | related | related articles | related news | more on this
    `),
  },
  {
    id: 'lists',
    kind: 'line',
    opens: 'teasers',
    phrases: list(`
      الأكثر قراءة | الأكثر مشاهدة | الأكثر تداولا | الأكثر شعبية | الأكثر تعليقا
      الأكثر قراءة اليوم | آخر الأخبار | أحدث الأخبار | أخبار عاجلة | الأخبار العاجلة
      أهم الأخبار | المزيد | المزيد من | اخترنا لك | اخترنا لكم | مختارات | ملفات
      most read | most popular | latest news | trending | top stories | more
    `),
  },
  {
    id: 'tags',
    kind: 'prefix',
    maxWords: 30,
    opens: 'tags',
    phrases: list(`
      الكلمات المفتاحية | كلمات مفتاحية | الوسوم | وسوم | كلمات دالة | الكلمات الدالة | تاغ
      تاجز | tags | keywords
    `),
  },
  {
    id: 'label',
    kind: 'line',
    phrases: list(`
      التغطية الحية | تغطية حية | تغطية مباشرة | تغطية خاصة | بث مباشر | مباشر | عاجل | خاص
      حصري | فيديو | صور | بالصور | بالفيديو | شاهد | شاهد الفيديو | إنفوجراف | انفوغراف
      تقرير | تحليل | رأي | مقال | مقالات | بودكاست | استمع | استمع للمقال | live | breaking
      exclusive | video | photos | watch | listen | opinion | analysis
    `),
  },
  {
    // A breadcrumb or section bar: every word a section name ("أحداث جارية عالم", "أخبار > سياسة").
    id: 'sections',
    kind: 'words',
    maxWords: 8,
    phrases: list(`
      أخبار | الأخبار | خبر | عالم | العالم | عرب وعالم | عربي | عربية | عربي ودولي | دولي
      دولية | دوليات | عربيات | محليات | محلي | محلية | سياسة | السياسة | سياسي | اقتصاد
      الاقتصاد | اقتصادي | مال وأعمال | أعمال | بورصة | رياضة | الرياضة | ثقافة | الثقافة
      ثقافة وفنون | فن | فنون | منوعات | تكنولوجيا | علوم | صحة | الصحة | أحداث
      أحداث جارية | حوادث | تقارير | تحقيقات | آراء | رأي | مقالات | شؤون | شؤون دولية
      مجتمع | المجتمع | بيئة | تعليم | سياحة | سيارات | المرأة | شباب | الرئيسية | ميديا
      ملفات | متابعات | برلمان | أمن | قضاء | إسلاميات | الشرق الأوسط | news | world
      politics | business | economy | sport | sports | culture | opinion | middle east
      home | tech | science | health
    `),
  },
  {
    id: 'nav',
    kind: 'line',
    phrases: list(`
      الرئيسية | الصفحة الرئيسية | القائمة | القائمة الرئيسية | بحث | ابحث | البحث
      تسجيل الدخول | تسجيل | دخول | خروج | اتصل بنا | من نحن | سياسة الخصوصية
      شروط الاستخدام | أعلن معنا | النسخة الكاملة | إغلاق | التالي | السابق | الشعار
      تخطي إلى المحتوى | انتقل إلى المحتوى | تجاوز إلى المحتوى | skip to content | skip to main content | إعلان
      إعلانات | محتوى مدفوع | محتوى إعلاني | icon | logo | menu | home | search | login
      log in | sign in | close | next | previous | advertisement | ad | sponsored | english
      français | العربية
    `),
  },
  {
    id: 'follow',
    kind: 'contains',
    maxWords: 24,
    phrases: list(`
      تابعونا على | تابعونا عبر | تابعنا على | تابعنا عبر | تابعوا آخر الأخبار
      لمتابعة آخر الأخبار | لمتابعة أهم الأخبار | اشترك في | اشترك الآن | اشتركوا في
      انضم إلى قناة | انضموا إلى قناة | حمل تطبيق | حمل التطبيق | نزل تطبيق
      النشرة البريدية | القائمة البريدية | اضغط هنا | انقر هنا | اضغط على الرابط | للاشتراك
      على جوجل نيوز | على تيليجرام | على تلغرام | عبر تيليجرام | قناتنا على | subscribe
      follow us | sign up | newsletter | click here
    `),
  },
  {
    id: 'copyright',
    kind: 'contains',
    maxWords: 30,
    opens: 'footer',
    phrases: list(`
      جميع الحقوق محفوظة | كافة الحقوق محفوظة | الحقوق محفوظة | حقوق النشر محفوظة
      حقوق الطبع | all rights reserved | copyright
    `),
  },
  {
    id: 'masthead',
    kind: 'prefix',
    maxWords: 14,
    phrases: list(`
      رئيس مجلس الإدارة | رئيس مجلس الإدارة والتحرير | رئيس التحرير | رئيس التحرير التنفيذي
      نائب رئيس التحرير | مدير التحرير | المدير العام | المدير المسؤول | editor in chief
    `),
  },
  {
    // "التعليق على الصورة،" on its own line: the caption is the next line.
    id: 'caption-label',
    kind: 'line',
    opens: 'caption',
    phrases: list(`
      التعليق على الصورة | تعليق الصورة | شرح الصورة | caption | image caption
    `),
  },
  {
    id: 'photo-credit',
    kind: 'shape',
    maxWords: 12,
    pattern:
      /^\(?(?:ال)?(?:صورة|صور|تصوير|مصدر الصورة|حقوق الصورة|التعليق على الصورة|photo|image|credit)\s*[:：\-–|،,]|^\(?(?:صورة )?(?:أرشيفية|ارشيفية|من الأرشيف)\)?$/iu,
  },
  {
    id: 'reading-time',
    kind: 'shape',
    pattern:
      /^(?:[\d\u0660-\u0669]+\s*(?:دقيقة|دقائق|دقيقتان|دقيقتين|min|mins|minutes?)\s*(?:لل)?(?:قراءة|قراءه|read)|(?:وقت|مدة) القراءة.*|(?:عدد )?(?:المشاهدات|القراءات|مشاهدات)\s*(?::\s*)?[\d\u0660-\u0669,.]*|[\d\u0660-\u0669,.]+\s*(?:مشاهدة|مشاهدات|قراءة|قراءات|تعليق|تعليقات|views?|reads?|comments?))$/iu,
  },
  {
    id: 'source-footer',
    kind: 'shape',
    pattern: /^(?:ال)?(?:مصدر|مصادر)(?: الخبر)?\s*[:：\-–]|^sources?\s*:/iu,
    maxWords: 20,
  },
  {
    id: 'tweet-attribution',
    kind: 'shape',
    pattern: /^[—–-]\s*.{1,60}\(@\w{1,30}\).{0,40}$|pic\.twitter\.com\/\w+/u,
  },
  {
    id: 'counter',
    kind: 'shape',
    pattern: /^[\d\u0660-\u0669]{1,4}\s*(?:\/|من|of)\s*[\d\u0660-\u0669]{1,4}$/u,
  },
  { id: 'hashtags', kind: 'shape', pattern: /^(?:#[\p{L}\p{N}_]+[\s,،]*)+$/u },
  { id: 'latin-widget', kind: 'shape', pattern: /^[A-Za-z][A-Za-z+-]{0,14}$/u, arabicOnly: true },
]

interface CompiledRule extends ChromeRule {
  keys: string[]
  vocabulary: Set<string>
  longest: number
}

const COMPILED: CompiledRule[] = CHROME_RULES.map((rule) => {
  const keys = (rule.phrases ?? []).map(matchKey).filter(Boolean)
  return {
    ...rule,
    keys,
    vocabulary: new Set(keys),
    longest: Math.max(0, ...keys.map((k) => k.split(' ').length)),
  }
})

/** Every word of `key` covered by phrases of the vocabulary, longest phrases first. */
function coveredByWords(key: string, rule: CompiledRule): boolean {
  const words = key.split(' ')
  let i = 0
  while (i < words.length) {
    let step = 0
    for (let n = Math.min(rule.longest, words.length - i); n > 0; n--) {
      if (rule.vocabulary.has(words.slice(i, i + n).join(' '))) {
        step = n
        break
      }
    }
    if (!step) return false
    i += step
  }
  return true
}

function matches(rule: CompiledRule, line: Line): boolean {
  if (rule.maxWords !== undefined && line.words > rule.maxWords) return false
  const padded = ` ${line.key} `
  switch (rule.kind) {
    case 'line':
      return rule.vocabulary.has(line.key)
    case 'words':
      return line.words > 0 && coveredByWords(line.key, rule)
    case 'prefix':
      return (
        !(line.words >= 8 && endsSentence(line.text)) &&
        rule.keys.some((k) => padded.startsWith(` ${k} `))
      )
    case 'contains':
      return (
        !(line.words >= 6 && endsSentence(line.text)) &&
        rule.keys.some((k) => padded.includes(` ${k} `))
      )
    case 'shape':
      return rule.pattern!.test(line.text)
  }
}

export interface ChromeMatch {
  rule: string
  opens?: Block
}

/** The chrome rule a line matches, or null. Lines without letters are chrome unless a date. */
export function chromeRule(line: Line, arabicDocument: boolean): ChromeMatch | null {
  if (line.blank || line.text.length > LONG_LINE) return null
  for (const rule of COMPILED) {
    if (rule.arabicOnly && !arabicDocument) continue
    if (!matches(rule, line)) continue
    // "اقرأ أيضا: <headline>" is one teaser; "اقرأ أيضا" alone heads a list of them.
    const heading = rule.kind !== 'prefix' || rule.vocabulary.has(line.key)
    return { rule: rule.id, opens: heading ? rule.opens : undefined }
  }
  if (isCaption(line)) return { rule: 'photo-caption' }
  if (
    !hasLetters(line.text) &&
    !/[\d\u0660-\u0669]{1,4}\s*[:/.\-|]\s*[\d\u0660-\u0669]{1,4}/u.test(line.text)
  ) {
    return { rule: 'no-letters' }
  }
  return null
}

/** A photo caption: a short line, not a sentence, ending with its credit "(الفرنسية)". */
function isCaption(line: Line): boolean {
  if (line.words > 20 || endsSentence(line.text)) return false
  const credit = /\(([^()]{2,30})\)$/u.exec(line.text)
  return credit !== null && line.words > 1 && isPhotoCredit(credit[1]!)
}
