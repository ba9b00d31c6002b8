import type { RouterOutputs } from '@asq/api-client'
import type { LiaisonState } from '@asq/domain'

/** What a station reads of its letter; HQ's page (`hq.get`) holds the same fields and more. */
export type LiaisonLetterView = RouterOutputs['improvement']['liaison']['station']['get']
/** A photo's content, as `station.photo` / `hq.photo` answer it. */
export type LiaisonPhotoContent = { filename: string; mime: string; dataUrl: string }

/** Each state's tag colour (the tag also carries an icon: colour is never the only sign). */
export const LIAISON_STATE_TAG: Record<LiaisonState, 'warning' | 'success' | 'info' | 'primary'> = {
  submitted: 'warning',
  answered: 'success',
  closed: 'info',
  escalated_to_8d: 'primary',
}
/** A letter in a list: the station's own (`station.mine`) and HQ's inbox (`hq.inbox`, with the station's name). */
export type LiaisonListRow = RouterOutputs['improvement']['liaison']['hq']['inbox']['items'][number]
