import { normalizeArabic } from '../pipeline/normalize/arabic'

/**
 * Leading clitics a reader ignores when looking for a word: وال، فال، بال، كال، لل، ال. Stripped
 * only when at least three letters remain, on the index and the query alike.
 */
const RE_CLITIC = /^(?:وال|فال|بال|كال|لل|ال)(?=\S{3})/u

/** Normalises a search term: orthographic variants (أ/ا، ى/ي، ة/ه), case, the article ال. */
export function searchTerm(term: string): string | null {
  const t = normalizeArabic(term).toLowerCase().replace(RE_CLITIC, '')
  return t.length ? t : null
}
