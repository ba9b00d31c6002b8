import { z } from 'zod'
import { versionNumber } from '../shared/version.schema'
import { HAND_OVER_REASON_MAX } from './assignment'

const id = z.uuid('not a valid id')
/** Each assignment names the case's version (two managers at once: one wins, one gets CONFLICT) and a
 * one-time key (a double submit answers the first result and notifies the new owner once). */
const keyed = { id, version: versionNumber(1), idempotencyKey: z.uuid('not a valid idempotency key') }

export const assignOwnerInput = z.object({ ...keyed, ownerId: id })
export const takeCaseInput = z.object({ ...keyed })
export const handOverInput = z.object({
  ...keyed,
  ownerId: id,
  reason: z
    .string()
    .trim()
    .min(1, 'a reason is required')
    .max(HAND_OVER_REASON_MAX, `at most ${HAND_OVER_REASON_MAX} characters`),
})
export type AssignOwnerInput = z.infer<typeof assignOwnerInput>
export type HandOverInput = z.infer<typeof handOverInput>

/** The lists' assignment views. */
export const OWNER_VIEWS = ['mine', 'unassigned'] as const
export type OwnerView = (typeof OWNER_VIEWS)[number]

/** Marks a person away or back: themself, their station's manager, or an HQ admin. */
export const setAwayInput = z.object({ id, away: z.boolean() })
export type SetAwayInput = z.infer<typeof setAwayInput>
