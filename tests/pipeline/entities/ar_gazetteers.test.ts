import { describe, expect, it } from 'vitest'
import { matchAll, nisbaOf } from '../../../src/pipeline/entities/gazetteers'
import { COUNTRIES } from '../../../src/pipeline/entities/gazetteers/countries'
import { tokenize } from '../../../src/pipeline/entities/tokens'

const nisba = (word: string) => nisbaOf(tokenize(word)[0]!)?.entry.canonical ?? null

describe('country nisbas', () => {
  it.each([
    ['الروسية', 'روسيا'],
    ['الروسى', 'روسيا'],
    ['والروسي', 'روسيا'],
    ['الروس', 'روسيا'],
    ['روسية', 'روسيا'],
    ['الكازاخية', 'كازاخستان'],
    ['الكازاخستانية', 'كازاخستان'],
    ['الكازاخستانى', 'كازاخستان'],
    ['الأمريكى', 'الولايات المتحدة'],
    ['الأميركية', 'الولايات المتحدة'],
    ['اللبنانيين', 'لبنان'],
    ['الفرنسيون', 'فرنسا'],
    ['التونسية', 'تونس'],
    ['البيلاروسى', 'بيلاروسيا'],
    ['الأوكرانيتين', 'أوكرانيا'],
    // Stems that begin with ال themselves, with and without the article.
    ['ألمانية', 'ألمانيا'],
    ['الألمانية', 'ألمانيا'],
    ['ألبانيون', 'ألبانيا'],
    ['تنزانية', 'تنزانيا'],
    ['والتنزانيين', 'تنزانيا'],
  ])('%s → %s', (word, country) => {
    expect(nisba(word)).toBe(country)
  })

  it.each(['العربية', 'الدولية', 'الجماعي', 'المجرى', 'الوطنية', 'الإسلامية', 'مالية'])(
    '%s is no country',
    (word) => {
      expect(nisba(word)).toBeNull()
    },
  )

  it('generates nisbas for every one-word country name that has a regular one', () => {
    const by = (code: string) => COUNTRIES.find((c) => c.code === code)!.nisba
    expect(by('LB')).toContain('لبناني')
    expect(by('KZ')).toEqual(expect.arrayContaining(['كازاخستاني', 'كازاخي']))
    expect(by('RU')).toContain('روسي')
    expect(by('FR')).toContain('فرنسي')
    expect(by('ML')).toEqual([])
  })
})

describe('gazetteer matches', () => {
  const found = (text: string) =>
    matchAll(tokenize(text), true).map((m) => [m.entry.canonical, m.entry.type, m.skip])

  it.each([
    ['وصل إلى بكازاخستان', [['كازاخستان', 'LOC', 1]]],
    ['في روسيا البيضاء', [['بيلاروسيا', 'LOC', 0]]],
    ['قرار للأمم المتحدة', [['الأمم المتحدة', 'ORG', 2]]],
    ['بيان لحلف شمال الأطلسي', [['حلف شمال الأطلسي', 'ORG', 1]]],
    ['أرسلت CSTO قوات', [['منظمة معاهدة الأمن الجماعي', 'ORG', 0]]],
    ['هبطت في ألما آتا', [['ألماتي', 'LOC', 0]]],
    // a peninsula's name includes "شبه" (شبه الجزيرة العربية), and its short form is the same place
    ['أغنى مناطق شبه الجزيرة العربية', [['شبه الجزيرة العربية', 'LOC', 0]]],
    ['في الجزيرة العربية', [['شبه الجزيرة العربية', 'LOC', 0]]],
    ['ضم لشبه جزيرة القرم', [['القرم', 'LOC', 1]]],
    ['ونقلت واس', [['وكالة الأنباء السعودية', 'ORG', 0]]],
    // Companies, clubs, outlets and movements, with their spelling variants.
    ['أعلنت ميكروسوفت', [['مايكروسوفت', 'ORG', 0]]],
    ['فاز الوداد البيضاوي على الجيش', [['الوداد البيضاوي', 'ORG', 0]]],
    ['مباراة وغلطة سراى', [['غلطة سراي', 'ORG', 1]]],
    ['ذكرت صحيفة يديعوت أحرنوت', [['يديعوت أحرونوت', 'ORG', 0]]],
    ['وأعلنت حماس', [['حماس', 'ORG', 0]]],
    [
      'وفاز فنربغشة على بيروزي',
      [
        ['فنربخشة', 'ORG', 0],
        ['بيروزي', 'ORG', 0],
      ],
    ],
    ['بحسب منظمة هيومان رايتس ووتش', [['هيومن رايتس ووتش', 'ORG', 0]]],
    ['أعضاء منظمة الأقطار المصدرة للنفط', [['منظمة البلدان المصدرة للبترول', 'ORG', 0]]],
    // Well-known people: a surname alone takes the full name as its canonical name.
    ['واستقبل نتانياهو الوفد', [['بنيامين نتنياهو', 'PER', 0]]],
    ['وقالت أنغيلا ميركل', [['أنجيلا ميركل', 'PER', 0]]],
    ['لأردوغان', [['رجب طيب أردوغان', 'PER', 1]]],
    ['التقى بشار الأسد', [['بشار الأسد', 'PER', 0]]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  it.each([
    // Listed only in forms that are not also ordinary phrases.
    'لليوم السابع على التوالي',
    'قال الرئيس المصري اليوم إن',
    'رفع الراية البيضاء',
    'شل الإضراب حركة النقل',
    'مع الاتحاد السعودي لكرة القدم',
    // words that normalisation makes into a brand's spelling
    'قطيع من الإبل',
    'جميع الفئات',
  ])('%s names no company, club or outlet', (text) => {
    expect(found(text).filter(([, type]) => type === 'ORG')).toEqual([])
  })

  it.each([
    // a surname that is also a word, a given name or shared by two people is listed only in full
    'زئير الأسد في الغابة',
    'عيد مبارك',
    'قال عباس إن',
    'فاز بوش بالانتخابات',
    'لولا الحرب لما',
  ])('%s names no one', (text) => {
    expect(found(text).filter(([, type]) => type === 'PER')).toEqual([])
  })

  it("leaves people's names out of the tagger's features unless asked", () => {
    expect(matchAll(tokenize('قال بوتين'))).toEqual([])
    expect(matchAll(tokenize('قال بوتين'), true)).toHaveLength(1)
  })

  it('never matches an acronym inside a longer word, nor a Latin acronym in lower case', () => {
    expect(found('كان واسعا')).toEqual([])
    expect(found('the csto')).toEqual([])
  })
})
