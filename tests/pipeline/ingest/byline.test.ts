import { describe, expect, it } from 'vitest'
import { readByline } from '../../../src/pipeline/ingest/metadata/byline'

describe('readByline', () => {
  it.each([
    ['كتب محمد جمال', 'محمد جمال'],
    ['كتبت: نادية الشامي', 'نادية الشامي'],
    ['بقلم: ليلى عبد الله', 'ليلى عبد الله'],
    ['إعداد - سامر حداد', 'سامر حداد'],
    ['رصد عزت السيد ما نشرته الوكالة صباح الخميس', 'عزت السيد'],
    ['تقرير: يوسف الخطيب - القاهرة', 'يوسف الخطيب'],
    ['كتب أحمد النجار، من القاهرة', 'أحمد النجار'],
    ['By Samira Haddad', 'Samira Haddad'],
    ['Written by Jane Doe and John Roe', 'Jane Doe'],
  ])('%s → %s', (line, author) => {
    expect(readByline(line)?.author).toBe(author)
  })

  it.each([
    'كتب الرئيس على حسابه في تويتر أن الحكومة ستستقيل',
    'كتبت صحيفة نيويورك تايمز أن المفاوضات فشلت',
    'متابعة التطورات في المدينة',
    'مراسل الجزيرة في القاهرة',
    'كتب',
    'كتب 3 مقالات',
    'قال محمد جمال إن',
  ])('"%s" is not a byline', (line) => {
    expect(readByline(line)).toBeNull()
  })
})
