import type { Discipline } from '@asq/domain'
import { computeRecovery, DEFAULT_EIGHTD_SETTINGS, eightdNumber } from '@asq/domain'
import { newEightdClaim } from '../testing/overdue-eightd-claims'
import { type Fixture, MISSING_ID, type Principal, type Target } from './principals'
import { storedFile } from './upload.fixtures'

/** Complete D0 content, for rows that submit or review a step. */
export const MATRIX_D0 = {
  members: [{ name: '矩阵 Matrix', role: '组长 Lead', department: '' }],
  champion: '负责人',
}
/**
 * 8D claims placed relative to a principal: "own" and "sameOrg" belong to the supplier principal's
 * supplier (星光 S-LAMP), "otherTenant" to another supplier (博远 S-MOTOR). HQ sees all of them.
 */
export function eightdFixtures(fx: Fixture) {
  const { h } = fx
  const SUPPLIER: Record<Exclude<Target, 'missing'>, string> = {
    own: 'S-LAMP',
    sameOrg: 'S-LAMP',
    otherTenant: 'S-MOTOR',
  }

  async function claim(
    t: Exclude<Target, 'missing'>,
    opts: { d0?: 'draft' | 'saved' | 'submitted'; recovery?: boolean } = {},
  ) {
    const now = h.now()
    const repos = h.repos.eightd
    const number = eightdNumber(2099, await repos.claims.nextSequence(2099))
    const supplierId = await fx.orgId(SUPPLIER[t])
    const c = (await repos.claims.create(newEightdClaim(number, supplierId, now, `matrix ${fx.seq()}`)))!
    let d0 = (await repos.steps.get(c.id, 'D0'))!
    if (opts.d0 === 'saved' || opts.d0 === 'submitted')
      d0 = (await repos.steps.update(c.id, 'D0', d0.version, { content: MATRIX_D0 }))!
    if (opts.d0 === 'submitted') {
      d0 = (await repos.steps.update(c.id, 'D0', d0.version, {
        status: 'submitted',
        revision: 1,
        submittedAt: now,
      }))!
      await repos.steps.addRevision({
        claimId: c.id,
        step: 'D0',
        revision: 1,
        content: MATRIX_D0,
        submittedAt: now,
        submittedBy: 'matrix',
      })
    }
    let recoveryVersion: number | undefined
    if (opts.recovery) {
      const lines = [{ kind: 'parts' as const, description: 'p', amountFen: 10_000, complaintId: null }]
      const sums = computeRecovery(lines, DEFAULT_EIGHTD_SETTINGS.handlingFee)
      const r = await repos.recovery.save(c.id, null, {
        lines,
        ...sums,
        amountFen: sums.computedFen,
        status: 'proposed',
        disputeReason: null,
        hqNote: null,
        decidedAt: null,
        updatedAt: now,
      })
      recoveryVersion = r!.version
    }
    return { claimId: c.id, stepVersion: d0.version, recoveryVersion: recoveryVersion ?? 1 }
  }

  const missing = { claimId: MISSING_ID, stepVersion: 1, recoveryVersion: 1 }

  return {
    async claim(_p: Principal, t: Target, opts: Parameters<typeof claim>[1] = {}) {
      return t === 'missing' ? missing : claim(t, opts)
    },
    async evidence(_p: Principal, t: Target) {
      if (t === 'missing') return MISSING_ID
      const { claimId } = await claim(t)
      const e = await h.repos.eightd.evidence.add({
        claimId,
        step: 'D2' as Discipline,
        filename: 'x.png',
        mime: 'image/png',
        size: 1,
        sha256: await storedFile(h, new Uint8Array([fx.seq() % 256])),
        uploadedBy: 'matrix',
        at: h.now(),
      })
      return e.id
    },
  }
}
