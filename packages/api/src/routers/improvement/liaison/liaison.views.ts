import type { LiaisonLetter, LiaisonPhoto, Repositories } from '@asq/domain'
import { liaisonCan, notFound } from '@asq/domain'

/** Whose letters a caller may read: a station only its own, HQ all. */
export type LiaisonScope = { kind: 'hq' } | { kind: 'station'; stationId: string }

/** A letter the caller may see; another station's (or a missing one) is NOT_FOUND. */
export async function loadLetter(repos: Repositories, id: string, scope: LiaisonScope) {
  const l = await repos.improvement.liaison.byId(id)
  if (!l || (scope.kind === 'station' && l.stationId !== scope.stationId)) throw notFound('liaison')
  return l
}

/** Station names by id, for lists and pages. */
export async function stationNames(repos: Repositories) {
  const dealers = await repos.organisations.list({ kind: 'dealer' })
  return new Map(dealers.map((d) => [d.id, { zh: d.nameZh, en: d.nameEn }]))
}

/** A row of the station's list or HQ's inbox. */
export const letterListItem = (l: LiaisonLetter, station?: { zh: string; en: string }) => ({
  id: l.id,
  number: l.number,
  partCode: l.partCode,
  partName: l.partName,
  vins: l.vins,
  vehiclesAffected: l.vehiclesAffected,
  firstSeenOn: l.firstSeenOn,
  state: l.state,
  submittedAt: l.submittedAt,
  answeredAt: l.answeredAt,
  stationName: station ?? null,
})

const photoView = (p: LiaisonPhoto) => ({ id: p.id, filename: p.filename, mime: p.mime, size: p.size })

/** What the station reads of its own letter: what it sent, HQ's answer, and whether an 8D was opened. */
export async function stationLetterView(repos: Repositories, l: LiaisonLetter) {
  const [photos, claim] = await Promise.all([
    repos.improvement.liaison.photos(l.id),
    l.eightdClaimId ? repos.eightd.claims.byId(l.eightdClaimId) : null,
  ])
  return {
    ...letterListItem(l),
    symptoms: l.symptoms,
    submittedBy: l.submittedBy,
    answer: l.answer,
    closedAt: l.closedAt,
    eightdNumber: claim?.number ?? null,
    photos: photos.map(photoView),
    version: l.version,
  }
}

/** HQ quality's page: the station's letter, its links, the 8D opened from it and what may be done next. */
export async function hqLetterView(repos: Repositories, l: LiaisonLetter) {
  const [base, links, names] = await Promise.all([
    stationLetterView(repos, l),
    repos.improvement.liaison.links(l.id),
    stationNames(repos),
  ])
  return {
    ...base,
    stationName: names.get(l.stationId) ?? null,
    answeredBy: l.answeredBy,
    eightdClaimId: l.eightdClaimId,
    links: links.map((k) => ({ ...k, stationName: (k.stationId && names.get(k.stationId)) || null })),
    can: {
      answer: liaisonCan(l.state, 'answer'),
      close: l.state === 'answered',
      escalate: liaisonCan(l.state, 'escalate'),
      link: liaisonCan(l.state, 'link'),
    },
  }
}
