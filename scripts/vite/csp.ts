import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

/**
 * Content-Security-Policy for the built page, added as a `<meta>` at build time only, so that the
 * dev server (which injects inline scripts for hot reload) keeps working. Static hosts rarely let
 * a team set headers, which is why the policy travels inside index.html.
 */
export type Policy = Record<string, readonly string[]>

/** The hosted build: everything comes from the page's own origin; nothing else is reachable. */
export const HOSTED_POLICY: Policy = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
}

/**
 * The single-file build: its code is inline (allowed by hash), its worker starts from a blob: URL,
 * fonts are data: URLs and it needs no connection at all.
 */
export function singleFilePolicy(hashes: { scripts: string[]; styles: string[] }): Policy {
  return {
    'default-src': ["'none'"],
    'script-src': hashes.scripts.map((h) => `'${h}'`),
    'style-src': hashes.styles.map((h) => `'${h}'`),
    'img-src': ['data:', 'blob:'],
    'font-src': ['data:'],
    'connect-src': ["'none'"],
    'worker-src': ['blob:'],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'object-src': ["'none'"],
  }
}

export function serializePolicy(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) =>
      [directive, ...(sources.length ? sources : ["'none'"])].join(' '),
    )
    .join('; ')
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`
}

/** Hashes of every inline `<script>` and `<style>` body, as CSP source expressions. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const bodies = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))]
      .filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs ?? ''))
      .map(([, , body]) => sha256(body ?? ''))
  return { scripts: [...new Set(bodies('script'))], styles: [...new Set(bodies('style'))] }
}

/** Puts the policy right after `<meta charset>`: a CSP meta only governs what follows it. */
export function insertCspMeta(html: string, policy: Policy): string {
  if (/http-equiv=["']?content-security-policy/i.test(html)) {
    throw new Error('index.html already has a Content-Security-Policy meta')
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${serializePolicy(policy)}" />`
  const charset = /<meta\s+charset=[^>]*>/i.exec(html)
  if (!charset) throw new Error('index.html has no <meta charset>: cannot place the CSP meta')
  const at = charset.index + charset[0].length
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`
}

/** Hosted build: a fixed policy. Skipped in the single-file build, which adds its own. */
export function cspMeta(): Plugin {
  let single = false
  return {
    name: 'mirsad:csp',
    apply: 'build',
    configResolved(config) {
      single = config.mode === 'single'
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => (single ? html : insertCspMeta(html, HOSTED_POLICY)),
    },
  }
}

/**
 * Single-file build: hashes the inline code once vite-plugin-singlefile has inlined it, so it
 * must come after that plugin in the list.
 */
export function singleFileCspMeta(): Plugin {
  return {
    name: 'mirsad:csp-single',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue
          const html = String(asset.source)
          asset.source = insertCspMeta(html, singleFilePolicy(inlineHashes(html)))
        }
      },
    },
  }
}
