/**
 * "23 رجب 1443 هـ الموافق 24 فبراير 2022 م": both dates stay (each is an expression), and a
 * warning is raised when they are more than a day apart (moon sighting moves a Hijri date by one).
 */
import { dayNumber, formatDate } from '../dates'
import type { ParsedResult, Refiner } from '../types'
import { gapPattern } from './merge'

const GAP = gapPattern('\\s*(?:[،,\\-/(=]|الموافق|الموافقة|الموافق\\s+ل|بالتاريخ\\s+الميلادي)?\\s*')

function explicitDay(r: ParsedResult) {
  const s = r.start
  if (r.until || s.year === undefined || s.month === undefined || s.day === undefined) return null
  return { y: s.year, m: s.month, d: s.day }
}

function isHijri(r: ParsedResult): boolean {
  return r.rule.startsWith('ARHijriDateParser')
}

export default {
  name: 'ARHijriGregorianPairRefiner',
  refine(results, { text, warnings }) {
    for (let i = 0; i + 1 < results.length; i++) {
      const a = results[i]!
      const b = results[i + 1]!
      if (isHijri(a) === isHijri(b) || !GAP.test(text.slice(a.end, b.index))) continue
      const [da, db] = [explicitDay(a), explicitDay(b)]
      if (!da || !db) continue
      if (Math.abs(dayNumber(da) - dayNumber(db)) > 1) {
        warnings.push(
          `Hijri and Gregorian dates disagree: "${text.slice(a.index, b.end)}" (${formatDate(da)} vs ${formatDate(db)})`,
        )
      }
    }
    return results
  },
} satisfies Refiner
