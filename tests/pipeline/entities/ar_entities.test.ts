import { describe, expect, it } from 'vitest'
import { tagEntities } from '../../../src/pipeline/entities'
import { splitSentences } from '../../../src/pipeline/sentences'
import type { EntityMention } from '../../../src/pipeline/types'
import { article } from './helpers'

// Invented sentences. Each row: text, then [mention text, type, canonical, kind?] that must be
// found; `absent` lists texts that must not be a mention of that type.

function tag(text: string): EntityMention[] {
  const a = article(text)
  const mentions = tagEntities(a, splitSentences(text, a.paragraphs))
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
  return mentions
}

type Row = [string, [string, string, string, string?][], [string, string][]?]

const has = (
  ms: EntityMention[],
  [text, type, canonical, kind]: [string, string, string, string?],
) =>
  ms.some(
    (m) =>
      m.text === text &&
      m.type === type &&
      m.canonical === canonical &&
      m.kind === (kind ?? 'name'),
  )

describe('tagEntities: names found, with boundaries and canonical names', () => {
  const rows: Row[] = [
    [
      // clitics off the boundary: لتوكاييف، وبوتين، بالكرملين، للأمم
      'قال الرئيس الكازاخستاني قاسم جومارت توكاييف إن الوضع مستقر. وأرسل بوتين رسالة لتوكاييف.',
      [
        ['قاسم جومارت توكاييف', 'PER', 'قاسم جومارت توكاييف'],
        ['توكاييف', 'PER', 'قاسم جومارت توكاييف'],
        ['الكازاخستاني', 'LOC', 'كازاخستان', 'nisba'],
      ],
      [['لتوكاييف', 'PER']],
    ],
    [
      'أعلن الرئيس الروسي فلاديمير بوتين بدء العملية. ثم اجتمع وبوتين بالكرملين مع وفد للأمم المتحدة.',
      [
        ['فلاديمير بوتين', 'PER', 'فلاديمير بوتين'],
        ['بوتين', 'PER', 'فلاديمير بوتين'],
        ['الكرملين', 'ORG', 'الكرملين'],
        ['أمم المتحدة', 'ORG', 'الأمم المتحدة'],
        ['الروسي', 'LOC', 'روسيا', 'nisba'],
      ],
      [
        ['وبوتين', 'PER'],
        ['بالكرملين', 'ORG'],
      ],
    ],
    [
      // designators keep their place in the extent, Latin names join the Arabic spelling
      'اندلعت الاحتجاجات في مدينتي Zhanaozen و Aktau في منطقة Mangystau، ثم فرضت السلطات الطوارئ في منطقة مانجيستاو.',
      [
        ['Zhanaozen', 'LOC', 'Zhanaozen'],
        ['Aktau', 'LOC', 'Aktau'],
        ['Mangystau', 'LOC', 'مانجيستاو'],
        ['مانجيستاو', 'LOC', 'مانجيستاو'],
      ],
      [['منطقة', 'LOC']],
    ],
    [
      // a homonym: a given name and a capital; a surname written in two parts
      'التقى الرئيس السابق نور سلطان نزارباييف بالمسؤولين في العاصمة نور سلطان. وقال نزار باييف إن الوضع جيد.',
      [
        ['نور سلطان نزارباييف', 'PER', 'نور سلطان نزارباييف'],
        ['نور سلطان', 'LOC', 'نور سلطان'],
        ['نزار باييف', 'PER', 'نور سلطان نزارباييف'],
      ],
    ],
    [
      // an acronym in brackets; a shorter form of an organisation's name
      'أعلنت هيئة الطاقة الوطنية (NEA) أن الإمدادات مستقرة، وقالت إن منظمة الأمن الجماعي ومنظمة معاهدة الأمن الجماعي تتابعان الوضع.',
      [
        ['هيئة الطاقة الوطنية', 'ORG', 'هيئة الطاقة الوطنية'],
        ['NEA', 'ORG', 'هيئة الطاقة الوطنية', 'acronym'],
        ['منظمة الأمن الجماعي', 'ORG', 'منظمة معاهدة الأمن الجماعي'],
        ['منظمة معاهدة الأمن الجماعي', 'ORG', 'منظمة معاهدة الأمن الجماعي'],
      ],
    ],
    [
      // a nisba inside an organisation's name counts when the country is named on its own too
      'أعلنت وزارة الدفاع الروسية أن القوات الروسية دخلت أوكرانيا. وقالت روسيا إن العملية محدودة.',
      [
        ['وزارة الدفاع الروسية', 'ORG', 'وزارة الدفاع الروسية'],
        ['الروسية', 'LOC', 'روسيا', 'nisba'],
        ['أوكرانيا', 'LOC', 'أوكرانيا'],
        ['روسيا', 'LOC', 'روسيا'],
      ],
    ],
    [
      // listed companies without a head word; a listed organisation keeps its head word
      'وقالت منظمة أوبك إن الإنتاج سيرتفع، فيما أعلنت ميكروسوفت ونوكيا عن اتفاق جديد.',
      [
        ['منظمة أوبك', 'ORG', 'منظمة البلدان المصدرة للبترول'],
        ['ميكروسوفت', 'ORG', 'مايكروسوفت'],
        ['نوكيا', 'ORG', 'نوكيا'],
      ],
      [['ونوكيا', 'ORG']],
    ],
    [
      // "دولة" is a designator before every state, not part of one state's name
      'وقال مسؤول في دولة الإمارات ودولة قطر إن الاتفاق قريب.',
      [
        ['الإمارات', 'LOC', 'الإمارات'],
        ['قطر', 'LOC', 'قطر'],
      ],
      [['دولة الإمارات', 'LOC']],
    ],
    [
      // the end of a compound given name is not a surname: "الله" alone is not the person
      'ويقول أبو عبد الله إن فرج الله قريب، وقال رائد الزعبي إن الزعبي باق في المدينة.',
      [
        ['أبو عبد الله', 'PER', 'أبو عبد الله'],
        ['الزعبي', 'PER', 'رائد الزعبي'],
      ],
      [['الله', 'PER']],
    ],
    [
      // well-known people by surname alone take their full name; a direction word is not part
      // of a region's name, whichever region it is
      'وقال أردوغان إن الهجرة من شمال أفريقيا وغرب أفريقيا تراجعت، فيما اتصل بأوباما.',
      [
        ['أردوغان', 'PER', 'رجب طيب أردوغان'],
        ['أفريقيا', 'LOC', 'أفريقيا'],
        ['أوباما', 'PER', 'باراك أوباما'],
      ],
      [
        ['شمال أفريقيا', 'LOC'],
        ['غرب أفريقيا', 'LOC'],
      ],
    ],
    [
      'وصلت طائرات إلى مطار ألما آتا ثم إلى وسط ألماتي، وهبطت أخرى في قيرغيزستان.',
      [
        ['مطار ألما آتا', 'LOC', 'مطار ألما آتا'],
        ['ألما آتا', 'LOC', 'ألماتي'],
        ['ألماتي', 'LOC', 'ألماتي'],
        ['قيرغيزستان', 'LOC', 'قيرغيزستان'],
      ],
    ],
  ]

  it.each(rows)('%s', (text, wanted, absent = []) => {
    const ms = tag(text)
    for (const w of wanted) expect(has(ms, w), JSON.stringify(w)).toBe(true)
    for (const [t, type] of absent) {
      expect(ms.some((m) => m.text === t && m.type === type)).toBe(false)
    }
  })
})

describe('tagEntities: not entities', () => {
  it.each([
    // bylines and credits
    ['كتب محمد جمال\nقال المتحدث إن الوضع هادئ.', 'محمد جمال'],
    ['بقلم: سمير خليل\nتتواصل الاحتجاجات في المدينة.', 'سمير خليل'],
    ['تصوير: هالة منصور\nوصلت القوافل إلى الحدود.', 'هالة منصور'],
  ])('byline %#: %s', (text, name) => {
    expect(tag(text).filter((m) => m.type === 'PER' && name.includes(m.text))).toEqual([])
  })

  it('reads "كتب" + a title as a sentence, not a byline', () => {
    const ms = tag('كتب الرئيس الأمريكي جو بايدن على حسابه أن الاتفاق قريب.')
    expect(ms.some((m) => m.type === 'PER' && m.text === 'جو بايدن')).toBe(true)
  })

  it('skips a time zone, a place named only inside an organisation, and digits', () => {
    const ms = tag(
      'الخميس 24 فبراير 2022 05:41 ص / بتوقيت القدس\nنقلت وكالة الأنباء السعودية عن مصدر قوله إن الاجتماع انتهى.',
    )
    expect(ms.map((m) => m.text)).toEqual(['وكالة الأنباء السعودية'])
  })

  it('leaves generic bodies and common words alone', () => {
    const ms = tag('اجتمع مجلس الإدارة أمس، وقالت الحكومة إن السلطات والشرطة تتابع الوضع.')
    expect(ms).toEqual([])
  })

  it('never crashes on empty, punctuation-only or Latin-only text', () => {
    expect(tag('')).toEqual([])
    expect(tag('؟!... ،،')).toEqual([])
    expect(Array.isArray(tag('Breaking news from the wire'))).toBe(true)
  })
})
