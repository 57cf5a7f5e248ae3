/**
 * Text of a DOM subtree with its block structure kept: every block element (paragraph, heading,
 * list item, table row, quote...) becomes its own line, inline elements run on. Scripts, styles,
 * embedded frames, forms and media are skipped: their text is never article text (and nothing in
 * them is ever run: linkedom does not execute scripts). Iterative, so hostile nesting cannot
 * overflow the stack. Works on linkedom's DOM (worker, Node) and on a browser DOM alike.
 */

/** The few DOM members the walk needs (structural, so no DOM library types are required). */
export interface DomNode {
  nodeType: number
  nodeName: string
  nodeValue: string | null
  childNodes: ArrayLike<DomNode>
}

const SKIP = new Set(
  `
    SCRIPT STYLE NOSCRIPT TEMPLATE IFRAME FRAME FRAMESET OBJECT EMBED SVG CANVAS VIDEO AUDIO
    PICTURE SOURCE TRACK MAP FORM BUTTON SELECT OPTION INPUT TEXTAREA HEAD META LINK IMG
    MATH FIGCAPTION
  `
    .trim()
    .split(/\s+/),
)
const BLOCK = new Set(
  `
    P DIV H1 H2 H3 H4 H5 H6 LI UL OL DL DT DD BLOCKQUOTE FIGURE TABLE THEAD TBODY TFOOT TR
    CAPTION SECTION ARTICLE HEADER FOOTER ASIDE NAV MAIN PRE ADDRESS HR BODY HTML DETAILS
    SUMMARY CENTER
  `
    .trim()
    .split(/\s+/),
)
const CELL = new Set(['TD', 'TH'])
const ELEMENT = 1
const TEXT = 3

export function blockText(root: DomNode): string {
  const out: string[] = []
  // A stack of nodes to visit; strings are markers to emit when a block closes.
  const stack: (DomNode | string)[] = [root]
  while (stack.length) {
    const item = stack.pop()!
    if (typeof item === 'string') {
      out.push(item)
      continue
    }
    if (item.nodeType === TEXT) {
      out.push((item.nodeValue ?? '').replace(/\s+/g, ' '))
      continue
    }
    if (item.nodeType !== ELEMENT && item.nodeType !== 9 && item.nodeType !== 11) continue
    const name = item.nodeName.toUpperCase()
    if (SKIP.has(name)) continue
    if (name === 'BR') {
      out.push('\n')
      continue
    }
    const block = BLOCK.has(name)
    if (block) out.push('\n')
    stack.push(block ? '\n' : CELL.has(name) ? ' ' : '')
    const children = item.childNodes
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Element count and nesting depth, for refusing Readability pages it would take minutes on. */
export function domSize(root: DomNode): { elements: number; depth: number } {
  let elements = 0
  let depth = 0
  const stack: [DomNode, number][] = [[root, 0]]
  while (stack.length) {
    const [node, d] = stack.pop()!
    if (node.nodeType !== ELEMENT) continue
    elements++
    if (d > depth) depth = d
    const children = node.childNodes
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, d + 1])
  }
  return { elements, depth }
}
