import { z } from 'zod'
import { DomainError } from '../shared/errors'

/** A parts-support request to the regional parts centre: at most 6 lines per request. */
export const MAX_PARTS_REQUEST_LINES = 6

export const partsRequestLineSchema = z.object({
  partCode: z.string().trim().min(1, 'part code is required').max(40),
  partName: z.string().trim().min(1, 'part name is required').max(80),
  quantity: z.number().int('whole parts only').min(1, 'at least 1').max(999),
})
export type PartsRequestLine = z.infer<typeof partsRequestLineSchema>

export const partsRequestLinesSchema = z
  .array(partsRequestLineSchema)
  .min(1, 'add at least one part')
  .max(
    MAX_PARTS_REQUEST_LINES,
    `a request holds at most ${MAX_PARTS_REQUEST_LINES} lines; raise a second request for more`,
  )

export const PARTS_REQUEST_STATUSES = ['requested', 'confirmed', 'shipped', 'received'] as const
export type PartsRequestStatus = (typeof PARTS_REQUEST_STATUSES)[number]

const NEXT: Record<PartsRequestStatus, PartsRequestStatus | null> = {
  requested: 'confirmed',
  confirmed: 'shipped',
  shipped: 'received',
  received: null,
}

export function assertPartsRequestStep(from: PartsRequestStatus, to: PartsRequestStatus): void {
  if (NEXT[from] !== to) {
    throw new DomainError(
      'PRECONDITION',
      'PARTS_REQUEST.ILLEGAL_STEP',
      `A parts request that is ${from} cannot become ${to}`,
      {
        details: { from, to },
      },
    )
  }
}

export const PARTS_REQUEST_STATUS_LABELS: Record<PartsRequestStatus, { zh: string; en: string }> = {
  requested: { zh: '已申请', en: 'Requested' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  shipped: { zh: '已发货', en: 'Shipped' },
  received: { zh: '已到货', en: 'Received' },
}
