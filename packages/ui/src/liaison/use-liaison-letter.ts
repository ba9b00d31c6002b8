import type { RouterOutputs } from '@asq/api-client'
import { type UseQueryReturnType, useQuery } from '@tanstack/vue-query'
import { computed, type Ref } from 'vue'
import { useUiClient } from '../app/client-port'

type Side = 'hq' | 'station'
type Letter<S extends Side> = RouterOutputs['improvement']['liaison'][S]['get']
type Photo = RouterOutputs['improvement']['liaison']['hq']['photo']
type LetterInput = { letterId: string }
type Procedures<L> = {
  get: { query(input: LetterInput): Promise<L> }
  photo: { query(input: { photoId: string }): Promise<Photo> }
}
type LetterQuery<L> = { letter: UseQueryReturnType<L, Error>; loadPhoto: (photoId: string) => Promise<Photo> }

function letterQuery<L>(
  p: Procedures<L>,
  key: (input: Ref<LetterInput>) => readonly unknown[],
  id: () => string,
) {
  const input = computed(() => ({ letterId: id() }))
  // Another station's letter is not found, so a failure is not retried.
  const letter = useQuery({ queryKey: key(input), queryFn: () => p.get.query(input.value), retry: false })
  return { letter, loadPhoto: (photoId: string) => p.photo.query({ photoId }) }
}

/** One liaison letter as HQ quality (`hq`) or its station (`station`) reads it, and the loader of its photos. */
export function useLiaisonLetter(side: 'hq', id: () => string): LetterQuery<Letter<'hq'>>
export function useLiaisonLetter(side: 'station', id: () => string): LetterQuery<Letter<'station'>>
export function useLiaisonLetter(side: Side, id: () => string) {
  const { useApi, keyOf } = useUiClient()
  const { hq, station } = useApi().client.improvement.liaison
  return side === 'hq'
    ? letterQuery(hq, keyOf.improvement.liaison.hq.get, id)
    : letterQuery(station, keyOf.improvement.liaison.station.get, id)
}
