import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../../src/pipeline/ingest/language'

describe('detectLanguage', () => {
  it.each([
    ['أعلنت الحكومة اليوم خطة جديدة لدعم المزارعين.', 'ar'],
    ['قال المتحدث باسم منظمة CSTO إن القوات ستنسحب من Almaty خلال أيام.', 'ar'],
    ['The government announced a new plan to support farmers on Monday.', 'en'],
    ['Le gouvernement a annoncé un nouveau plan pour soutenir les agriculteurs.', 'other'],
    ['Правительство объявило о новом плане поддержки фермеров.', 'other'],
    ['12345 67890', 'other'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language)
  })
})
