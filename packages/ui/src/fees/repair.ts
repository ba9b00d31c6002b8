import type { RepairInput } from '@asq/domain'
import type { Ref } from 'vue'

/** The repair form's state: what a person types, before it becomes the API's repair input. */
export type RepairDraft = {
  productLineCode: string
  serial: string
  purchaseDate: string
  deliveryDate: string | null
  usage: number
  repairDate: string
  parts: { partCode: string; quantity: number }[]
  labour: { hours: number; partCode: string; description: string }[]
  callout: boolean
  extras: { code: string; quantity: number }[]
}

export const blankRepair = (today: string): RepairDraft => ({
  productLineCode: '',
  serial: '',
  purchaseDate: '',
  deliveryDate: null,
  usage: 0,
  repairDate: today,
  parts: [{ partCode: '', quantity: 1 }],
  labour: [],
  callout: false,
  extras: [],
})

/** Drops empty rows and blank optional fields; the server's schema checks the rest. */
export const repairInputOf = (d: RepairDraft): RepairInput => ({
  productLineCode: d.productLineCode,
  serial: d.serial.trim(),
  purchaseDate: d.purchaseDate,
  deliveryDate: d.deliveryDate || null,
  usage: d.usage,
  repairDate: d.repairDate,
  parts: d.parts
    .filter((p) => p.partCode.trim())
    .map((p) => ({ partCode: p.partCode.trim(), quantity: p.quantity })),
  labour: d.labour
    .filter((l) => l.hours > 0)
    .map((l) => ({
      hours: l.hours,
      partCode: l.partCode.trim() || null,
      description: l.description.trim() || null,
    })),
  callout: d.callout,
  extras: d.extras.filter((e) => e.code.trim()).map((e) => ({ code: e.code.trim(), quantity: e.quantity })),
})

/** A part catalogue as the repair form searches it (HQ's and a station's answer alike). */
type PartCatalogue = {
  query(input: { q?: string; productLineCode?: string; page: number; pageSize: number }): Promise<{
    items: { code: string; nameZh: string; nameEn: string }[]
  }>
}

/** The repair form's part-code suggestions: the first ten catalogue parts matching the text, in the draft's product line. */
export function partSuggestions(catalogue: PartCatalogue, draft: RepairDraft, locale: Ref<string>) {
  return async (q: string) => {
    const r = await catalogue.query({
      q: q.trim() || undefined,
      productLineCode: draft.productLineCode || undefined,
      page: 1,
      pageSize: 10,
    })
    return r.items.map((p) => ({ value: p.code, label: locale.value === 'en' ? p.nameEn : p.nameZh }))
  }
}
