import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { decodeText } from '../decode'
import { matchKey } from '../clean/lines'
import { readDateline } from '../metadata/dateline'
import type { Hints } from '../metadata'
import { blockText, domSize, type DomNode } from './dom-text'
import { isoPublished } from './iso'
import type { Extracted } from './types'

/**
 * Saved web pages. linkedom gives Readability a DOM in a worker and in Node; nothing in the page
 * is executed. Metadata comes from what the page states for machines (JSON-LD, Open Graph and
 * article meta tags, <time datetime>), the body from Readability's main-content extraction, kept
 * in paragraphs, falling back to the whole body for pages Readability gives up on.
 */

// linkedom's document type, without depending on the DOM library typings.
type Doc = ReturnType<typeof parseHTML>['document']
type El = NonNullable<ReturnType<Doc['querySelector']>>

export async function readHtml(bytes: Uint8Array): Promise<Extracted> {
  const decoded = await decodeHtml(bytes)
  return htmlToText(decoded.text, { encoding: decoded.encoding, warnings: decoded.warnings })
}

/**
 * The body text and metadata of an HTML string. `mainContent: false` keeps the whole body (a Word
 * document converted to HTML is all article; Readability would drop its short paragraphs).
 */
export function htmlToText(
  html: string,
  options: { encoding?: string; warnings?: string[]; mainContent?: boolean } = {},
): Extracted {
  const document = parsePage(html)
  const hints = readHints(document)
  const h1 = document
    .querySelector('article h1, main h1, h1')
    ?.textContent?.replace(/\s+/g, ' ')
    .trim()
  let body = ''
  const warnings = options.warnings ?? []
  const size = domSize(document.documentElement as unknown as DomNode)
  // Readability slows down quadratically with nesting: a hostile or broken page is read whole.
  const tooComplex = size.depth > MAX_DEPTH || size.elements > MAX_ELEMENTS
  if (tooComplex)
    warnings.push('The page is too complex to find its main text: all its text was kept')
  const readable = options.mainContent !== false && !tooComplex
  if (readable) {
    const article = new Readability(document as unknown as ReadabilityDocument, {
      charThreshold: 200,
      serializer: (node) => blockText(node as unknown as DomNode),
    }).parse()
    body = article?.content ?? ''
    // A page title is often the headline cut short or with the site's name: the h1 holding it wins.
    const pageTitle = article?.title?.trim() || null
    hints.title ??=
      h1 && (!pageTitle || matchKey(h1).includes(matchKey(pageTitle))) ? h1 : pageTitle
    hints.author ??= article?.byline?.trim() || null
    hints.outlet ??= article?.siteName?.trim() || null
    hints.published ??= isoPublished(article?.publishedTime)
  }
  // Readability gives up on short pages (and has changed the document: parse it again).
  if (body.length < 200) body = wholeBody(readable ? parsePage(html) : document)
  const title = hints.title
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body
  return { text, encoding: options.encoding, warnings, hints }
}

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0]

/**
 * linkedom builds no <html> root for a fragment or plain text (a browser adds one), and its
 * `body` getter then crashes: such input is parsed again inside an <html><body> of its own.
 */
function parsePage(html: string): Doc {
  const { document } = parseHTML(html)
  if (document.documentElement?.tagName === 'HTML') return document
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document
}

const MAX_DEPTH = 120
const MAX_ELEMENTS = 20_000

/** The charset a page declares, when its bytes are not UTF-8 (which is tried first anyway). */
async function decodeHtml(bytes: Uint8Array) {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const declared = /<meta[^>]+charset\s*=\s*(?:["']\s*)?([\w-]+)/i.exec(head)?.[1]
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      try {
        const decoder = new TextDecoder(declared)
        return { text: decoder.decode(bytes), encoding: decoder.encoding, warnings: [] }
      } catch {
        // an unknown label: detect instead
      }
    }
  }
  return decodeText(bytes)
}

function wholeBody(document: Doc): string {
  for (const el of document.querySelectorAll('nav, header, footer, aside, [role=navigation]'))
    el.remove()
  return blockText((document.body ?? document) as unknown as DomNode)
}

function meta(doc: Doc, ...names: string[]): string | null {
  for (const name of names) {
    const el =
      doc.querySelector(`meta[property="${name}"]`) ??
      doc.querySelector(`meta[name="${name}"]`) ??
      doc.querySelector(`meta[itemprop="${name}"]`)
    const v = el?.getAttribute('content')?.trim()
    if (v) return v
  }
  return null
}

const ARTICLE_TYPES = /(?:News)?Article|Report|BlogPosting|LiveBlogPosting|WebPage/i

/** JSON-LD objects of the page, flattened (arrays and @graph), articles first. */
function jsonLd(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || v === null || typeof v !== 'object') return
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1))
    const o = v as Record<string, unknown>
    out.push(o)
    if (o['@graph']) visit(o['@graph'], depth + 1)
  }
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0)
    } catch {
      // broken JSON-LD is common: ignore it
    }
  }
  const isArticle = (o: Record<string, unknown>) => ARTICLE_TYPES.test(String(o['@type'] ?? ''))
  return [...out.filter(isArticle), ...out.filter((o) => !isArticle(o))]
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => !!n)
    return names.length ? names.join('، ') : null
  }
  if (v && typeof v === 'object') return nameOf((v as Record<string, unknown>).name)
  return null
}

function readHints(doc: Doc): Hints {
  const ld = jsonLd(doc)
  const fromLd = (key: string) => ld.map((o) => o[key]).find((v) => v !== undefined && v !== null)
  const outlet =
    meta(doc, 'og:site_name', 'application-name') ?? nameOf(fromLd('publisher')) ?? null
  const published =
    isoPublished(String(fromLd('datePublished') ?? '')) ??
    isoPublished(
      meta(
        doc,
        'article:published_time',
        'og:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'publish-date',
        'date',
        'dc.date',
        'DC.date.issued',
        'dcterms.created',
        'parsely-pub-date',
        'sailthru.date',
        'article.published',
      ),
    ) ??
    timeElement(doc)
  const author = nameOf(fromLd('author')) ?? meta(doc, 'author', 'article:author', 'parsely-author')
  const title =
    (fromLd('headline') as string | undefined)?.toString().trim() ||
    stripSiteName(meta(doc, 'og:title', 'twitter:title'), outlet)
  const url =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url') ?? null
  return { title: title || null, published, author, outlet, url }
}

/** <time datetime> marked as the publication time, else the first one; else a visible dateline. */
function timeElement(doc: Doc): string | null {
  const marked = doc.querySelector('time[itemprop="datePublished"], time[pubdate]')
  const fromAttr = isoPublished(
    (marked ?? doc.querySelector('time[datetime]'))?.getAttribute('datetime'),
  )
  if (fromAttr) return fromAttr
  const candidates = doc.querySelectorAll(
    'time, [class*="date" i], [class*="time" i], [class*="publish" i], [itemprop="datePublished"]',
  )
  for (const el of candidates as Iterable<El>) {
    const info = readDateline((el.textContent ?? '').replace(/\s+/g, ' ').trim())
    if (info && !info.updated) return info.published
  }
  return null
}

/** "Headline - Site" → "Headline" when the suffix is the site's name. */
function stripSiteName(title: string | null, outlet: string | null): string | null {
  if (!title || !outlet) return title
  const m = /^(.*\S)\s*[|\-–—:] *([^|\-–—:\s][^|\-–—:]*)$/u.exec(title)
  return m && m[2]!.trim() === outlet.trim() ? m[1]! : title
}
