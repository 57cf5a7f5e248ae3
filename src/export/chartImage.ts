/**
 * Chart images. The dashboard draws its charts with ECharts' SVG renderer, so a chart region's
 * image is the SVG already in the page: serialised, stacked when the region shows several charts
 * (the deployment bars above their flows), and rasterised to PNG through a canvas. No network:
 * the PNG is drawn from a blob: URL, which the page's CSP allows for images.
 */
import { MIME } from './download'

export interface SvgImage {
  svg: string
  width: number
  height: number
}

const escapeAttr = (s: string) => s.replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`)

/** One SVG document holding the parts top to bottom on a background colour. */
export function stackSvg(parts: SvgImage[], background: string): SvgImage {
  let y = 0
  const body = parts.map((p) => {
    const svg = p.svg
      .replace(/^\s*<\?xml[^>]*\?>\s*/, '')
      .replace(
        /^<svg\b([^>]*)>/,
        (_, attrs: string) => `<svg x="0" y="${y}"${attrs.replace(/\s[xy]="[^"]*"/g, '')}>`,
      )
    y += p.height
    return svg
  })
  const width = Math.max(0, ...parts.map((p) => p.width))
  return {
    width,
    height: y,
    svg:
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
      `width="${width}" height="${y}" viewBox="0 0 ${width} ${y}">` +
      `<rect width="100%" height="100%" fill="${escapeAttr(background)}"/>${body.join('')}</svg>`,
  }
}

/** The charts shown in a region (hidden views left out) as one SVG; null when none is drawn. */
export function regionSvg(region: Element, background: string): SvgImage | null {
  const serializer = new XMLSerializer()
  const parts = [...region.querySelectorAll('svg')]
    .filter((el) => !el.parentElement?.closest('svg'))
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0)
    .map(({ el, box }) => ({
      svg: serializer.serializeToString(el),
      width: Math.round(box.width),
      height: Math.round(box.height),
    }))
  return parts.length ? stackSvg(parts, background) : null
}

/** A PNG of the image at `scale` times its size (sharp on high-density screens and in print). */
export async function svgToPng(image: SvgImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: MIME.svg }))
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.ceil(image.width * scale)
    canvas.height = Math.ceil(image.height * scale)
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('no 2D canvas')
    ctx.scale(scale, scale)
    ctx.drawImage(img, 0, 0, image.width, image.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), MIME.png),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
