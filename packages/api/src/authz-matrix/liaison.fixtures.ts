import { randomUUID } from 'node:crypto'
import { liaisonNumber } from '@asq/domain'
import { type Fixture, MISSING_ID, type Target } from './principals'
import { storedFile } from './upload.fixtures'

/** The part and vehicle of the matrix's letters: 李娜's X7 and its LED headlamp (demo data). */
export const MX_LIAISON_PART = 'X7HL001'
export const MX_LIAISON_VIN = 'LHX7B2345N0000002'
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/**
 * Liaison letters placed relative to a principal, like the fee fixtures: "own" and "sameOrg" belong
 * to the dealer principal's station (北京朝阳 D-BJ01), "otherTenant" to 上海浦东 D-SH01. HQ sees all.
 */
export function liaisonFixtures(fx: Fixture) {
  const { h } = fx
  const repo = () => h.repos.improvement.liaison

  async function letter(t: Target, opts: { answered?: boolean; linkedComplaint?: string } = {}) {
    if (t === 'missing') return { id: MISSING_ID, version: 1 }
    const now = h.now()
    const l = (await repo().create({
      number: liaisonNumber(2099, await repo().nextSequence(2099)),
      stationId: await fx.orgId(t === 'otherTenant' ? 'D-SH01' : 'D-BJ01'),
      partCode: MX_LIAISON_PART,
      partName: 'LED前大灯总成',
      vins: [MX_LIAISON_VIN],
      symptoms: `matrix ${fx.seq()}`,
      vehiclesAffected: 2,
      firstSeenOn: '2026-11-01',
      submittedBy: 'matrix',
      submittedAt: now,
      clientRequestId: randomUUID(),
    }))!
    if (opts.linkedComplaint) await repo().link(l.id, 'complaint', opts.linkedComplaint, 'matrix', now)
    if (!opts.answered) return l
    return (await repo().update(
      l.id,
      l.version,
      { state: 'answered', answer: '已确认', answeredBy: 'matrix', answeredAt: now },
      now,
    ))!
  }

  /** A complaint on the letters' vehicle, to link and unlink. */
  async function complaintId() {
    const { complaints } = await repo().candidates(MX_LIAISON_PART, [MX_LIAISON_VIN], 1)
    return complaints[0]!.id
  }

  async function photoId(t: Target) {
    if (t === 'missing') return MISSING_ID
    const l = await letter(t)
    const p = await repo().addPhoto({
      letterId: l.id,
      filename: 'matrix.png',
      mime: 'image/png',
      size: 8,
      sha256: await storedFile(h, PNG),
      uploadedBy: 'matrix',
      createdAt: h.now(),
    })
    return p.id
  }

  return { letter, complaintId, photoId }
}
