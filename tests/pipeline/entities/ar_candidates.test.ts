import { describe, expect, it } from 'vitest'
import { sentenceCandidates, type Lexicon } from '../../../src/pipeline/entities/rules/candidates'
import { tokenize } from '../../../src/pipeline/entities/tokens'
import type { ModelSpan } from '../../../src/pipeline/entities/model'
import { normalizeArabic } from '../../../src/pipeline/normalize/arabic'

// The rules around the tagger's person spans, with an invented model output and lexicon: words
// in COMMON are frequent common words, GIVEN are known given names, anything else is rare.
const COMMON = new Set(
  ['قال', 'إن', 'الأربعاء', 'اليوم', 'أمس', 'عم', 'قضائي'].map(normalizeArabic),
)
const GIVEN = new Set(['توفيق', 'وليد', 'سيف', 'هشام'].map(normalizeArabic))
const lex: Lexicon = {
  frequency: (t) => (COMMON.has(t.norm) ? 3 : 0),
  givenName: (t) => GIVEN.has(t.norm),
}

/** The person names found when the model tags tokens [from, to) of `text` as PER. */
function people(text: string, from: number, to: number): string[] {
  const tokens = tokenize(text)
  const model: ModelSpan[] = [{ from, to, type: 'PER' }]
  return sentenceCandidates(tokens, model, lex)
    .filter((c) => c.type === 'PER')
    .map((c) =>
      tokens
        .slice(c.from, c.to)
        .map((t) => t.text)
        .join(' '),
    )
}

describe('person spans around the model', () => {
  it.each([
    // a given name alone takes the definite family name after it
    ['قال توفيق الزهيري إن', 1, 2, 'توفيق الزهيري'],
    ['قال وليد الفاخوري إن', 1, 2, 'وليد الفاخوري'],
    // a compound given name takes the rare surname after it
    ['قال سيف الدين مخلوف إن', 1, 3, 'سيف الدين مخلوف'],
    // a name does not end on a linking word: بن، آل، دو لا ... go on to the next name
    ['وأعرب الأمير سالم بن عيسى آل زعبل عن تقديره', 2, 6, 'سالم بن عيسى آل زعبل'],
    ['لابنه الحسن بن علي ثم خرج', 1, 3, 'الحسن بن علي'],
    ['دعا المندوب جان مارك دو لا سابليير المجلس', 2, 5, 'جان مارك دو لا سابليير'],
    // a common definite word, a country adjective, a preposition on the article
    ['قال توفيق الأربعاء إن', 1, 2, 'توفيق'],
    ['قال توفيق المصري إن', 1, 2, 'توفيق'],
    ['قال توفيق للصحفيين إن', 1, 2, 'توفيق'],
    // a surname is not extended: only a given name alone is
    ['قال وليد قرطباوي الحكيم إن', 1, 3, 'وليد قرطباوي'],
    // a link before punctuation or a number has nothing to join
    ['قال أبو ، إن', 1, 2, 'أبو'],
    // nor one before a common word with a pronoun: the link is dropped (ابن عمه = his cousin)
    ['قال سالم حمدان ابن عمه إن', 1, 4, 'سالم حمدان'],
    // a definite common word does not open a person's name, unless a link follows it
    ['وكان الثوار أوليفر كرومول قد', 1, 4, 'أوليفر كرومول'],
    ['ودعا النازي فالتر كروغمان إلى', 1, 4, 'فالتر كروغمان'],
    ['وقال الوليد بن زاهر إن', 1, 4, 'الوليد بن زاهر'],
    // nor a name that only looks definite once normalised or after a proclitic
    ['وقال ألبرت كوخنر إن', 1, 3, 'ألبرت كوخنر'],
    ['وقال فالتر كوخنر إن', 1, 3, 'فالتر كوخنر'],
    // a given name alone takes an initial and its full stop
    ['وتم توقيف هشام ل. في طنجة', 2, 3, 'هشام ل'],
  ])('%s: the model tags [%i, %i), the name is %s', (text, from, to, name) => {
    expect(people(text, from, to)).toEqual([name])
  })

  it('a definite word left alone once the opening common word is cut is not a name', () => {
    expect(people('عن سلالة الأسد الآسيوي في الهند', 2, 4)).toEqual([])
  })
})

describe('names after a title', () => {
  it('stop before an indefinite accusative (قضائيا)', () => {
    const tokens = tokenize('وقال الوزير زاكي رامون قضائيا إن')
    const found = sentenceCandidates(tokens, [], lex).filter((c) => c.type === 'PER')
    expect(found.map((c) => [c.from, c.to])).toEqual([[2, 4]])
  })
})

describe('words counted by a number', () => {
  it.each([
    ['بلغت الخسائر ستة مليارات شيكل يوميا', 3],
    ['بلغ السعر 200 روبل أمس', 3],
    ['دفعت الحكومة مليار تينغي للمزارعين', 3],
  ])('%s: the unit is not a name', (text, at) => {
    const tokens = tokenize(text)
    for (const type of ['LOC', 'ORG', 'PER'] as const) {
      expect(sentenceCandidates(tokens, [{ from: at, to: at + 1, type }], lex)).toEqual([])
    }
  })

  it('a name after a number word that does not count it stays', () => {
    const tokens = tokenize('وصل ثلاثة وزراء إلى زاليسكا')
    const found = sentenceCandidates(tokens, [{ from: 4, to: 5, type: 'LOC' }], lex)
    expect(found.map((c) => [c.type, c.from, c.to])).toContainEqual(['LOC', 4, 5])
  })
})

describe('listed names inside the model person spans', () => {
  it('a listed company inside a longer person name is part of the name', () => {
    const tokens = tokenize('وقال إنزو فيراري مؤسس الشركة')
    const found = sentenceCandidates(tokens, [{ from: 1, to: 3, type: 'PER' }], lex).map((c) => [
      c.type,
      c.from,
      c.to,
    ])
    expect(found).toContainEqual(['PER', 1, 3])
    expect(found).not.toContainEqual(['ORG', 2, 3])
  })

  it("a listed person's surname inside a longer model span keeps the longer name", () => {
    const tokens = tokenize('وقال إيفان لافروف للصحفيين')
    const found = sentenceCandidates(tokens, [{ from: 1, to: 3, type: 'PER' }], lex).map((c) => [
      c.type,
      c.from,
      c.to,
    ])
    expect(found).toEqual([['PER', 1, 3]])
  })

  it('a listed surname the model missed is a person', () => {
    const tokens = tokenize('وقال لافروف للصحفيين')
    const found = sentenceCandidates(tokens, [], lex).map((c) => [
      c.type,
      c.from,
      c.to,
      c.canonical,
    ])
    expect(found).toEqual([['PER', 1, 2, 'سيرغي لافروف']])
  })

  it.each([
    ['وأكد مصدر في مؤسسة ياسر عرفات', 'ORG'],
    ['هبطت الطائرة في مطار رفيق الحريري', 'LOC'],
  ])('%s: a body or facility named after a listed person is not the person', (text, type) => {
    const tokens = tokenize(text)
    const found = sentenceCandidates(tokens, [], lex)
    expect(found.filter((c) => c.type === 'PER')).toEqual([])
    expect(found.map((c) => [c.type, c.to])).toContainEqual([type, tokens.length])
  })

  it('a listed company the model did not read as a name stays an organisation', () => {
    const tokens = tokenize('وقالت فيراري إن السيارة جاهزة')
    const found = sentenceCandidates(tokens, [], lex).map((c) => [c.type, c.from, c.to])
    expect(found).toContainEqual(['ORG', 1, 2])
  })
})
