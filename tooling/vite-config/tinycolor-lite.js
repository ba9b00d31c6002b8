/**
 * What Element Plus's button and menu need of @ctrl/tinycolor (30 KB before minifying) for their `color`
 * and `background-color` props: parse a hex or rgb() colour, mix, tint, shade, isDark, toString. The
 * apps alias @ctrl/tinycolor to this file (index.js), so every first screen that shows a button carries
 * a few hundred bytes instead. No app sets those props today; a colour this cannot read throws, loudly,
 * rather than painting something wrong. Only the component props above use it: the colour pickers,
 * which need far more, would fail the build (missing exports) instead of misbehaving.
 */
const NAMED = { white: [255, 255, 255, 1], black: [0, 0, 0, 1], '#141414': [20, 20, 20, 1] }

function parse(input) {
  const s = String(input).trim().toLowerCase()
  if (NAMED[s]) return NAMED[s]
  let m = /^#([0-9a-f]{3,8})$/.exec(s)
  if (m && [3, 4, 6, 8].includes(m[1].length)) {
    const h = m[1].length <= 4 ? [...m[1]].map((c) => c + c).join('') : m[1]
    const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16))
    return [r, g, b, h.length === 8 ? Number.parseInt(h.slice(6, 8), 16) / 255 : 1]
  }
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(s)
  if (m) {
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4])
    return [Number(m[1]), Number(m[2]), Number(m[3]), a]
  }
  throw new Error(`tinycolor-lite reads hex and rgb() colours only, not "${input}"`)
}

const hex2 = (n) => Math.round(n).toString(16).padStart(2, '0')

export class TinyColor {
  constructor(color) {
    const [r, g, b, a] = color instanceof TinyColor ? [color.r, color.g, color.b, color.a] : parse(color)
    Object.assign(this, { r, g, b, a })
  }
  /** `amount` percent of `color` mixed into this one, as tinycolor does. */
  mix(color, amount = 50) {
    const o = new TinyColor(color)
    const p = amount / 100
    const at = (x, y) => (y - x) * p + x
    const c = new TinyColor('#000')
    Object.assign(c, { r: at(this.r, o.r), g: at(this.g, o.g), b: at(this.b, o.b), a: at(this.a, o.a) })
    return c
  }
  tint(amount = 10) {
    return this.mix('white', amount)
  }
  shade(amount = 10) {
    return this.mix('black', amount)
  }
  getBrightness() {
    return (this.r * 299 + this.g * 587 + this.b * 114) / 1000
  }
  isDark(threshold = 128) {
    return this.getBrightness() < threshold
  }
  isLight(threshold = 128) {
    return !this.isDark(threshold)
  }
  /** Hex when opaque, rgba() otherwise (tinycolor's default for a colour read from hex or rgb). */
  toString() {
    if (this.a < 1)
      return `rgba(${Math.round(this.r)}, ${Math.round(this.g)}, ${Math.round(this.b)}, ${Math.round(this.a * 100) / 100})`
    return `#${hex2(this.r)}${hex2(this.g)}${hex2(this.b)}`
  }
}
