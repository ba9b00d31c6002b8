import { z } from 'zod'
import { vinSchema } from '../../complaint'
import { EIGHTD_SEVERITIES } from '../../eightd'
import { partCodeSchema } from '../../fee'
import { businessDateSchema } from '../../shared/business-date.schema'
import { pageInputSchema } from '../../shared/paging'
import { versionNumber } from '../../shared/version.schema'
import {
  LIAISON_LINK_KINDS,
  LIAISON_STATES,
  MAX_LIAISON_PHOTOS,
  MAX_LIAISON_VINS,
} from './liaison.vocabulary'

const id = z.uuid('not a valid id')
const version = versionNumber(1)

/** What a station sends (品质联络书): the part, the vehicles, what it saw, since when, and photos. */
export const submitLiaisonInput = z.object({
  partCode: partCodeSchema,
  vins: z
    .array(vinSchema)
    .min(1, 'name at least one VIN')
    .max(MAX_LIAISON_VINS, `at most ${MAX_LIAISON_VINS} VINs`),
  symptoms: z.string().trim().min(1, 'required').max(2000),
  /** How many vehicles the station believes are affected: at least the VINs named. */
  vehiclesAffected: z.number().int('whole vehicles').min(1, 'at least one vehicle').max(1_000_000),
  /** The business date (China) the problem was first seen; not after today. */
  firstSeenOn: businessDateSchema,
  /** Tokens from `POST /uploads`, attached as the letter's photos. */
  photoUploadIds: z.array(id).max(MAX_LIAISON_PHOTOS, `at most ${MAX_LIAISON_PHOTOS} photos`).default([]),
  /** The form's one-time id: a retried submission finds the letter it already sent. */
  clientRequestId: id,
})
export type SubmitLiaisonInput = z.infer<typeof submitLiaisonInput>

const state = z.enum(LIAISON_STATES)
export const myLiaisonListInput = pageInputSchema.extend({ state: state.optional() })
export const liaisonInboxInput = pageInputSchema.extend({
  state: state.optional(),
  partCode: partCodeSchema.optional(),
  stationId: id.optional(),
})
export const liaisonIdInput = z.object({ letterId: id })
export const liaisonPhotoInput = z.object({ photoId: id })
export const answerLiaisonInput = z.object({
  letterId: id,
  answer: z.string().trim().min(1, 'required').max(4000),
  version,
})
export const linkLiaisonInput = z.object({
  letterId: id,
  kind: z.enum(LIAISON_LINK_KINDS),
  targetId: id,
  version,
})
export const closeLiaisonInput = z.object({ letterId: id, version })
export const openLiaisonEightdInput = z.object({
  letterId: id,
  /** The part's supplier (the candidates suggest the supplier of the part's latest 8D). */
  supplierId: id,
  severity: z.enum(EIGHTD_SEVERITIES).default('major'),
  version,
  clientRequestId: id,
})
