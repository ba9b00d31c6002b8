import type { RouterOutputs } from '@asq/api-client'

/** HQ quality's page of one letter, and what may be linked to it. */
export type HqLetter = RouterOutputs['improvement']['liaison']['hq']['get']
