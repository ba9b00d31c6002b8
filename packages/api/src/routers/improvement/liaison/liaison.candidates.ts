import type { Repositories } from '@asq/domain'
import { loadLetter, stationNames } from './liaison.views'

/** At most this many complaints and this many claim lines are offered for linking. */
const CANDIDATES = 50

/**
 * What HQ quality may link to a letter: complaints on the letter's VINs or on vehicles with a claim
 * line for the part, and the part's claim lines, newest first, each marked when already linked; and
 * the supplier of the part's latest 8D, as the suggestion for opening one.
 */
export async function liaisonCandidates(ctx: { repos: Repositories }, letterId: string) {
  const l = await loadLetter(ctx.repos, letterId, { kind: 'hq' })
  const [found, links, names, suppliers] = await Promise.all([
    ctx.repos.improvement.liaison.candidates(l.partCode, l.vins, CANDIDATES),
    ctx.repos.improvement.liaison.links(l.id),
    stationNames(ctx.repos),
    ctx.repos.kpi.partSuppliers([l.partCode]),
  ])
  const linked = new Set(links.map((k) => `${k.kind}:${k.targetId}`))
  const onLetter = new Set(l.vins)
  return {
    complaints: found.complaints.map((c) => ({
      ...c,
      stationName: (c.stationId && names.get(c.stationId)) || null,
      linked: linked.has(`complaint:${c.id}`),
      onLetterVin: c.vin !== null && onLetter.has(c.vin),
    })),
    claimLines: found.claimLines.map((c) => ({
      ...c,
      stationName: names.get(c.dealerId) ?? null,
      linked: linked.has(`claim_line:${c.id}`),
      onLetterVin: onLetter.has(c.vin),
    })),
    suggestedSupplierId: suppliers.get(l.partCode) ?? null,
  }
}
