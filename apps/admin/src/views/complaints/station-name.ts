import { useComplaintLabels } from '@asq/ui'

export type Station = { id: string; nameZh: string; nameEn: string }

/** A station's name in the reader's language, from the list the queues page loads once ('—' if unknown). */
export function useStationName(stations: () => readonly Station[]) {
  const l = useComplaintLabels()
  return (id: string | null) => {
    const s = stations().find((x) => x.id === id)
    return s ? l.pick({ zh: s.nameZh, en: s.nameEn }) : '—'
  }
}
