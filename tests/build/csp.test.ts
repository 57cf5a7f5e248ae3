import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  HOSTED_POLICY,
  inlineHashes,
  insertCspMeta,
  serializePolicy,
  singleFilePolicy,
} from '../../scripts/vite/csp'

const sha = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`
const page = (head: string) =>
  `<!doctype html><html><head><meta charset="UTF-8" />${head}</head><body></body></html>`

describe('Content-Security-Policy build helpers', () => {
  it('the hosted policy allows only the page origin, no inline code, no eval', () => {
    const text = serializePolicy(HOSTED_POLICY)
    expect(text).toContain("default-src 'none'")
    expect(text).toContain("connect-src 'self'")
    expect(text).toContain("script-src 'self'")
    expect(text).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })

  it('hashes inline scripts and styles exactly as written, not external ones', () => {
    const html = page(
      '<script type="module">let a = 1</script><script src="./x.js"></script>' +
        '<style>p{color:red}</style><script>let a = 1</script>',
    )
    expect(inlineHashes(html)).toEqual({
      scripts: [sha('let a = 1')],
      styles: [sha('p{color:red}')],
    })
    expect(inlineHashes(page(''))).toEqual({ scripts: [], styles: [] })
  })

  it('the single-file policy carries the hashes, blob: workers and no connections', () => {
    const text = serializePolicy(singleFilePolicy({ scripts: ['sha256-A'], styles: [] }))
    expect(text).toContain("script-src 'sha256-A'")
    expect(text).toContain("style-src 'none'") // nothing inline to allow
    expect(text).toContain("connect-src 'none'")
    expect(text).toContain('worker-src blob:')
    expect(text).not.toContain("'self'")
  })

  it('puts the meta right after <meta charset>, before any script', () => {
    const out = insertCspMeta(page('<script src="a.js"></script>'), HOSTED_POLICY)
    const meta = out.indexOf('http-equiv="Content-Security-Policy"')
    expect(meta).toBeGreaterThan(out.indexOf('<meta charset'))
    expect(meta).toBeLessThan(out.indexOf('<script'))
  })

  it('refuses a page that already has a policy or has no charset meta', () => {
    const twice = insertCspMeta(page(''), HOSTED_POLICY)
    expect(() => insertCspMeta(twice, HOSTED_POLICY)).toThrow(/already/)
    expect(() => insertCspMeta('<html><head></head></html>', HOSTED_POLICY)).toThrow(/charset/)
  })
})
