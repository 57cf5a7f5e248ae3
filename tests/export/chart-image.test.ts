// @vitest-environment jsdom
// jsdom for its XML parser: the stacked image must be a well-formed SVG document.
import { describe, expect, it } from 'vitest'
import { stackSvg } from '../../src/export'

describe('chart images', () => {
  it('stacks chart SVGs top to bottom on one background, as one SVG document', () => {
    const bars =
      '<?xml version="1.0"?><svg width="300" height="100" xmlns="http://www.w3.org/2000/svg"><text>قوات</text></svg>'
    const flows = '<svg x="5" y="7" width="200" height="50"><rect/></svg>'
    const image = stackSvg(
      [
        { svg: bars, width: 300, height: 100 },
        { svg: flows, width: 200, height: 50 },
      ],
      'rgb(255, 255, 255)',
    )
    expect([image.width, image.height]).toEqual([300, 150])
    const doc = new DOMParser().parseFromString(image.svg, 'image/svg+xml')
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    const [outer, first, second] = [...doc.getElementsByTagName('svg')]
    expect(outer!.getAttribute('viewBox')).toBe('0 0 300 150')
    expect(outer!.querySelector('rect')!.getAttribute('fill')).toBe('rgb(255, 255, 255)')
    expect([first!.getAttribute('y'), second!.getAttribute('y')]).toEqual(['0', '100'])
    expect(second!.getAttribute('x')).toBe('0')
    expect(first!.textContent).toBe('قوات')
  })

  it('keeps a hostile background colour inside its attribute', () => {
    const { svg } = stackSvg([{ svg: '<svg></svg>', width: 1, height: 1 }], '"/><script>x</script>')
    expect(svg).not.toContain('<script>')
  })
})
