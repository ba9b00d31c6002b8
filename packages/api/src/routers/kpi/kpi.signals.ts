import { DomainError, kpiDay, notFound, shiftPeriod } from '@asq/domain'
import { z } from 'zod'
import { hqProcedure, idempotency } from '../../trpc'
import { openClaim } from '../eightd/eightd.open'
import { runEarlyWarning } from './kpi.warning'

const quality = hqProcedure('hq_admin', 'hq_quality')

/** The early-warning list, the cases behind a signal, and the one-click 8D from it. */
export const kpiSignalProcedures = {
  signals: hqProcedure().query(async ({ ctx }) => {
    const since = shiftPeriod(kpiDay(ctx.clock()).slice(0, 7), -12)
    const [signals, suppliers] = await Promise.all([
      ctx.repos.kpi.signals(since),
      ctx.repos.organisations.list({ kind: 'supplier' }),
    ])
    const name = new Map(suppliers.map((s) => [s.id, s]))
    return signals.map((s) => ({
      ...s,
      supplierNameZh: (s.supplierId && name.get(s.supplierId)?.nameZh) || null,
      supplierNameEn: (s.supplierId && name.get(s.supplierId)?.nameEn) || null,
    }))
  }),
  signalCases: hqProcedure()
    .input(z.object({ signalId: z.string().uuid() }))
    .query(async ({ ctx, input }) => {
      const s = await ctx.repos.kpi.signal(input.signalId)
      if (!s) throw notFound('signal')
      return { signal: s, ...(await ctx.repos.kpi.signalCases(s.partCode, s.month)) }
    }),
  /** Runs the early-warning pass now (it also runs on schedule); repeated runs raise nothing twice. */
  scanSignals: quality.mutation(async ({ ctx }) => {
    const raised = await runEarlyWarning(ctx)
    // Each signal is its own unique row; the audit records who asked for the pass and what it found.
    await ctx.transact(({ audit }) =>
      audit({
        action: 'kpi.scan',
        entityType: 'kpi_signals',
        entityId: kpiDay(ctx.clock()),
        before: null,
        after: { raised },
      }),
    )
    return { raised }
  }),
  openEightdFromSignal: quality
    .input(z.object({ signalId: z.string().uuid(), clientRequestId: z.string().uuid() }))
    .use(idempotency)
    .mutation(async ({ ctx, input }) => {
      const s = await ctx.repos.kpi.signal(input.signalId)
      if (!s) throw notFound('signal')
      if (!s.supplierId)
        throw new DomainError(
          'PRECONDITION',
          'KPI.NO_SUPPLIER',
          'No supplier is known for this part; open the 8D from the 8D page',
          {
            field: 'signalId',
          },
        )
      const cases = await ctx.repos.kpi.signalCases(s.partCode, s.month)
      const costFen = cases.lines.reduce((sum, l) => sum + (l.approvedFen ?? l.claimedFen), 0)
      const opened = await openClaim(ctx, {
        supplierId: s.supplierId,
        title: `质量预警 ${s.partCode} ${s.month} · Early warning`,
        partCode: s.partCode,
        partName: cases.partName ?? s.partCode,
        lot: '—',
        quantityAffected: Math.max(1, cases.lines.length),
        foundAt: 'warranty_return',
        severity: 'major',
        description: `Early warning: ${s.count} claim lines in ${s.month}, ${s.rate} per 1 000 vehicles (limit ${s.limitRate}); warranty cost so far ${(costFen / 100).toFixed(2)} yuan.`,
        complaintIds: [],
        warrantyRefs: cases.lines.slice(0, 50).map((l) => l.repairOrderNo),
        clientRequestId: input.clientRequestId,
      })
      // A retry with the same form id finds the same claim and links nothing twice.
      await ctx.transact(async ({ repos, audit }) => {
        if (!(await repos.kpi.linkSignal(s.id, opened.id))) return
        await audit({
          action: 'kpi.signal_8d',
          entityType: 'kpi_signal',
          entityId: s.id,
          before: { eightdClaimId: null },
          after: { eightdClaimId: opened.id },
        })
      })
      return opened
    }),
}
