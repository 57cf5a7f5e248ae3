import { list, matchKey } from '../clean/lines'

/**
 * News agencies and source credits that appear in datelines ("موسكو/سما/", "واس - ألما آتا",
 * "بيروت (رويترز) -"): they tell the agency side of a dateline from the place side.
 * Data: extend freely.
 */
const AGENCIES = list(`
    واس | سما | رويترز | أ ف ب | ا ف ب | أ.ف.ب | فرانس برس | فرانس بريس | الأناضول
    سبوتنيك | تاس | د ب أ | أ ب | أسوشيتد برس | وام | قنا | كونا | بنا | سانا | بترا | وفا
    معا | شينخوا | إرنا | ومع | واج | العمانية | سبأ | أ ش أ | نوفوستي | إنترفاكس
    متابعات | وكالات | خاص | الجزيرة | الجزيرة نت | العربية | سكاي نيوز عربية | بي بي سي
    عنب بلدي | العربية.نت | العربية نت | روسيا اليوم | هسبريس | الأهرام | اليوم السابع
    الشرق الأوسط | القدس العربي | العربي الجديد
    afp | reuters | ap | dpa | anadolu | wafa | spa | wam | qna | kuna | bna | sana
    petra | mena | tass | ria | xinhua | agencies
  `)
/** Photo agencies and credits, as photo captions end: "(الفرنسية)", "(غيتي)", "(أرشيف)". */
const PHOTO_CREDITS = list(`
    الفرنسية | الأوروبية | غيتي | غيتي إيميجز | أسوشيتد برس | إي بي إيه | أرشيف | أرشيفية
    أرشيف الجزيرة | مواقع التواصل | مواقع التواصل الاجتماعي | getty | getty images | epa | ap photo
    shutterstock
  `)
  .map(matchKey)
  .map(matchKey)

const AGENCY_SET = new Set(AGENCIES)
const CREDIT_SET = new Set([...AGENCIES, ...PHOTO_CREDITS])

export function isAgency(words: string): boolean {
  return AGENCY_SET.has(matchKey(words))
}

/** An agency or photo credit, as in the brackets that end a photo caption. */
export function isPhotoCredit(words: string): boolean {
  return CREDIT_SET.has(matchKey(words))
}
