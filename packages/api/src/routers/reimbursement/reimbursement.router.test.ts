import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  LABOUR_RATE_FEN,
  PARTS,
  registerOldPart,
  setUpFeeRules,
  VIN,
} from '../../authz-matrix/reimbursement.fixtures'
import { readXlsxRows, renderXlsx } from '../../reports/xlsx'
import { exportedFile } from '../../testing/exported'
import { createHarness, type Harness } from '../../testing/harness'
import { readStatementPdf, readStatementXlsx, SUMMARY } from '../../testing/statement-readback'
import { runScheduledSettlement } from './reimbursement.settlement'

type Caller = Awaited<ReturnType<Harness['as']>>

/** The tRPC code and the domain code of a refusal. */
async function refusal(p: Promise<unknown>): Promise<[string, string | null, unknown]> {
  try {
    await p
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e
    const cause = e.cause as { code?: string; details?: unknown } | undefined
    return [e.code, cause?.code ?? null, cause?.details ?? null]
  }
  throw new Error('expected a refusal')
}

const csv = (rows: (string | number)[][]) =>
  Buffer.from(
    `\uFEFF${['维修单号,维修日期,车架号,配件编号,数量,工时,旧件登记号', ...rows.map((r) => r.join(','))].join('\r\n')}\r\n`,
  ).toString('base64')

describe.each(testDatabases())('dealer monthly reimbursement on $name', (target) => {
  let h: Harness
  let manager: Caller
  let staff: Caller
  let otherManager: Caller
  let finance: Caller
  let admin: Caller
  let bj: string
  let reg: (
    serial: string,
    part: (typeof PARTS)[keyof typeof PARTS],
    on: string,
    deadline?: string,
  ) => Promise<string>

  beforeAll(async () => {
    h = await createHarness(target, new Date('2026-11-24T02:00:00Z'))
    await setUpFeeRules(h.repos, h.now())
    manager = await h.as(await h.staffToken('bj.manager'))
    staff = await h.as(await h.staffToken('bj.staff'))
    otherManager = await h.as(await h.staffToken('sh.manager'))
    finance = await h.as(await h.staffToken('finance'))
    admin = await h.as(await h.staffToken('admin'))
    bj = (await h.repos.organisations.list()).find((o) => o.code === 'D-BJ01')!.id
    reg = async (serial, part, on, deadline = '2099-12-31') =>
      (
        await registerOldPart(
          h.repos,
          bj,
          { partCode: part.code, line: part.line, serial, replacedOn: on, returnDeadline: deadline },
          h.now(),
        )
      ).registrationNumber
  })
  afterAll(() => h.close())

  it('shows the seeded months: last month submitted, the month before settled with a statement', async () => {
    const { items } = await manager.reimbursement.dealer.claims({})
    expect(items.map((c) => [c.period, c.status])).toEqual([
      ['2026-10', 'submitted'],
      ['2026-09', 'settled'],
    ])
    const statements = await manager.reimbursement.dealer.statements({})
    expect(statements.items.map((s) => s.statementNo)).toEqual(['ST-2026-09-D-BJ01'])
    const account = await manager.reimbursement.dealer.account({})
    expect(account.balanceFen).toBe(176000)
    expect(account.items.reduce((s, e) => s + e.effectFen, 0)).toBe(account.balanceFen)
  })

  it('refuses a future month and keeps one claim per month', async () => {
    expect((await refusal(manager.reimbursement.dealer.openClaim({ period: '2026-12' })))[1]).toBe(
      'REIMBURSEMENT.FUTURE_PERIOD',
    )
    const a = await staff.reimbursement.dealer.openClaim({ period: '2026-11' })
    const b = await manager.reimbursement.dealer.openClaim({ period: '2026-11' })
    expect(a.id).toBe(b.id)
    expect(a.status).toBe('draft')
  })

  it('prices at the rules of the repair date and checks the old part against the register', async () => {
    let c = await staff.reimbursement.dealer.openClaim({ period: '2026-07' })
    const forZhang = await reg(VIN.zhangWei, PARTS.wiper, '2026-07-03')
    const forLi = await reg(VIN.liNa, PARTS.wiper, '2026-07-03')
    const line = {
      repairOrderNo: 'BJ-RO-202607-001',
      repairDate: '2026-07-03',
      serial: VIN.liNa,
      partCode: PARTS.wiper.code,
      quantity: 1,
      labourHours: 1,
    }
    // A registration of the same part for another vehicle is not this old part.
    c = await staff.reimbursement.dealer.addLine({
      claimId: c.id,
      version: c.version,
      line: { ...line, oldPartRegistrationNo: forZhang },
    })
    expect(c.lines[0]!.problems.map((p) => p.code)).toEqual(['OLD_PART_NOT_REGISTERED'])
    c = await staff.reimbursement.dealer.updateLine({
      claimId: c.id,
      version: c.version,
      lineId: c.lines[0]!.id,
      line: { ...line, oldPartRegistrationNo: forLi.toLowerCase() },
    })
    expect(c.lines[0]!.problems).toEqual([])
    // A new price version later on does not change what a July repair is worth.
    await h.repos.fee.catalogue.upsert(
      {
        code: PARTS.wiper.code,
        productLineCode: 'X7',
        nameZh: PARTS.wiper.nameZh,
        nameEn: PARTS.wiper.nameEn,
        returnRequired: true,
        active: true,
      },
      { partCode: PARTS.wiper.code, effectiveFrom: '2026-08-01', costFen: 99000, listFen: 150000 },
      h.now(),
    )
    const again = await staff.reimbursement.dealer.claim({ id: c.id })
    expect(again.lines[0]!.claimedFen).toBe(PARTS.wiper.costFen + LABOUR_RATE_FEN)
    const preview = await staff.reimbursement.dealer.validate({ id: c.id })
    expect(preview.ok).toBe(true)
    // An unknown VIN is refused by name.
    c = await staff.reimbursement.dealer.addLine({
      claimId: c.id,
      version: c.version,
      line: {
        ...line,
        repairOrderNo: 'BJ-RO-202607-002',
        serial: 'LHXNOSUCHVIN00000',
        oldPartRegistrationNo: null,
      },
    })
    expect(c.lines[1]!.problems.map((p) => p.code)).toEqual(['UNKNOWN_PRODUCT'])
  })

  it('builds, validates, imports all-or-nothing, submits once, withdraws; HQ audits; settlement pays once', async () => {
    let c = await staff.reimbursement.dealer.openClaim({ period: '2026-11' })
    const headlampReg = await reg(VIN.liNa, PARTS.headlamp, '2026-11-05')
    // A clean line: the headlamp at cost + 1.5 h at the approved rate, priced by the fee engine.
    c = await staff.reimbursement.dealer.addLine({
      claimId: c.id,
      version: c.version,
      line: {
        repairOrderNo: 'BJ-RO-202611-001',
        repairDate: '2026-11-05',
        serial: VIN.liNa,
        partCode: PARTS.headlamp.code,
        quantity: 1,
        labourHours: 1.5,
        oldPartRegistrationNo: headlampReg,
      },
    })
    expect(c.lines[0]!.problems).toEqual([])
    expect(c.lines[0]!.claimedFen).toBe(PARTS.headlamp.costFen + LABOUR_RATE_FEN * 1.5)
    expect(c.lines[0]!.pricing!.explanation.join(' ')).toContain('PART_IN_WARRANTY_AT_COST')

    // Lines with problems are kept in the draft but flagged, and submission is refused with them.
    c = await staff.reimbursement.dealer.addLine({
      claimId: c.id,
      version: c.version,
      line: {
        repairOrderNo: 'BJ-RO-202611-002',
        repairDate: '2026-10-30',
        serial: VIN.liNa,
        partCode: PARTS.headlamp.code,
        quantity: 1,
        labourHours: 0,
        oldPartRegistrationNo: null,
      },
    })
    expect(c.lines[1]!.problems.map((p) => p.code)).toEqual([
      'DATE_OUTSIDE_PERIOD',
      'OLD_PART_NOT_REGISTERED',
    ])
    const preview = await staff.reimbursement.dealer.validate({ id: c.id })
    expect(preview.ok).toBe(false)
    const [code, domainCode, details] = await refusal(
      manager.reimbursement.dealer.submit({
        claimId: c.id,
        version: c.version,
        idempotencyKey: randomUUID(),
      }),
    )
    expect([code, domainCode]).toEqual(['BAD_REQUEST', 'REIMBURSEMENT.LINES_INVALID'])
    expect((details as { lines: { lineId: string }[] }).lines.map((l) => l.lineId)).toEqual([c.lines[1]!.id])
    // A negative quantity never gets in.
    expect(
      (
        await refusal(
          staff.reimbursement.dealer.updateLine({
            claimId: c.id,
            version: c.version,
            lineId: c.lines[1]!.id,
            line: { ...c.lines[1]!, quantity: -1 },
          }),
        )
      )[0],
    ).toBe('BAD_REQUEST')
    c = await staff.reimbursement.dealer.removeLine({
      claimId: c.id,
      version: c.version,
      lineId: c.lines[1]!.id,
    })
    expect(c.lines).toHaveLength(1)
    // Stale versions are refused.
    expect(
      (
        await refusal(
          staff.reimbursement.dealer.removeLine({
            claimId: c.id,
            version: c.version - 1,
            lineId: c.lines[0]!.id,
          }),
        )
      )[0],
    ).toBe('CONFLICT')

    // Import: one bad row (negative quantity), one duplicate of the existing line, one unknown part →
    // nothing imported, each row named.
    const brakeReg = await reg(VIN.zhangWei, PARTS.brake, '2026-11-12')
    const bad = await refusal(
      staff.reimbursement.dealer.importLines({
        claimId: c.id,
        version: c.version,
        fileName: 'november.csv',
        contentBase64: csv([
          ['BJ-RO-202611-010', '2026-11-12', VIN.zhangWei, PARTS.brake.code, -2, 0.5, brakeReg],
          ['BJ-RO-202611-011', '2026-11-13', VIN.zhangWei, PARTS.brake.code, 1, 0.5, ''],
        ]),
      }),
    )
    expect(bad[1]).toBe('REIMBURSEMENT.IMPORT_INVALID')
    expect((bad[2] as { errors: { row: number; column: string }[] }).errors).toEqual([
      expect.objectContaining({ row: 2, column: 'E', zh: '数量应为 1 到 9999 的整数' }),
    ])
    const dup = await refusal(
      staff.reimbursement.dealer.importLines({
        claimId: c.id,
        version: c.version,
        fileName: 'november.csv',
        contentBase64: csv([
          ['bj-ro-202611-001', '2026-11-05', VIN.liNa, PARTS.headlamp.code, 1, 1.5, headlampReg],
          ['BJ-RO-202611-012', '2026-11-14', VIN.zhangWei, 'NO-SUCH-PART', 1, 0, ''],
        ]),
      }),
    )
    expect((dup[2] as { errors: { row: number; zh: string }[] }).errors.map((e) => [e.row, e.zh])).toEqual([
      [2, '本单内重复（同一维修单同一配件）'],
      [3, '配件编码不存在'],
    ])
    expect((await staff.reimbursement.dealer.claim({ id: c.id })).lines).toHaveLength(1)
    // The fixed file goes in whole.
    const imported = await staff.reimbursement.dealer.importLines({
      claimId: c.id,
      version: c.version,
      fileName: 'november.csv',
      contentBase64: csv([
        ['BJ-RO-202611-010', '2026-11-12', VIN.zhangWei, PARTS.brake.code, 2, 0.5, brakeReg],
        ['BJ-RO-202611-011', '2026-11-13', VIN.zhangWei, PARTS.brake.code, 1, 0, ''],
      ]),
    })
    expect(imported.imported).toBe(2)
    c = imported.claim
    expect(c.lines.map((l) => l.problems.length)).toEqual([0, 0, 0])
    expect(c.lines[1]!.claimedFen).toBe(2 * PARTS.brake.costFen + LABOUR_RATE_FEN / 2)

    // The claim exported (CSV and XLSX) and imported again: every line recognised, nothing written.
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await exportedFile(await staff.reimbursement.dealer.exportLines({ id: c.id, format }))
      expect(file.filename).toBe(`claim-2026-11-2026-11-24.${format}`)
      expect(file.rows.map((r) => r[0])).toEqual(c.lines.map((l) => l.repairOrderNo))
      const audits = (await h.repos.audit.list({ limit: 1, offset: 0 })).total
      const again = await staff.reimbursement.dealer.importLines({
        claimId: c.id,
        version: c.version,
        fileName: `claim.${format}`,
        contentBase64: Buffer.from(file.bytes).toString('base64'),
      })
      expect([again.imported, again.unchanged, again.claim.version]).toEqual([0, 3, c.version])
      expect((await h.repos.audit.list({ limit: 1, offset: 0 })).total).toBe(audits)
    }
    // Another station's claim is not there to export.
    expect(
      (await refusal(otherManager.reimbursement.dealer.exportLines({ id: c.id, format: 'csv' })))[0],
    ).toBe('NOT_FOUND')

    // Staff may not submit; the manager submits; a double click with the same key is one submission.
    expect(
      (
        await refusal(
          staff.reimbursement.dealer.submit({
            claimId: c.id,
            version: c.version,
            idempotencyKey: randomUUID(),
          }),
        )
      )[0],
    ).toBe('FORBIDDEN')
    const key = randomUUID()
    const [s1, s2] = await Promise.all([
      manager.reimbursement.dealer.submit({ claimId: c.id, version: c.version, idempotencyKey: key }),
      manager.reimbursement.dealer.submit({ claimId: c.id, version: c.version, idempotencyKey: key }),
    ])
    expect([s1.status, s2.status]).toEqual(['submitted', 'submitted'])
    const again = await manager.reimbursement.dealer.submit({
      claimId: c.id,
      version: c.version,
      idempotencyKey: key,
    })
    expect(again.version).toBe(s1.version)
    const submits = await h.repos.audit.list({
      entityType: 'reimbursement_claim',
      entityId: c.id,
      limit: 50,
      offset: 0,
    })
    expect(submits.items.filter((e) => e.action === 'reimbursement.submit')).toHaveLength(1)
    // Another station sees nothing of it.
    expect((await refusal(otherManager.reimbursement.dealer.claim({ id: c.id })))[0]).toBe('NOT_FOUND')
    // Submitted lines are locked: no edits until withdrawn.
    expect(
      (
        await refusal(
          staff.reimbursement.dealer.removeLine({
            claimId: c.id,
            version: s1.version,
            lineId: c.lines[0]!.id,
          }),
        )
      )[1],
    ).toBe('REIMBURSEMENT.NOT_DRAFT')
    c = await manager.reimbursement.dealer.withdraw({ claimId: c.id, version: s1.version })
    expect(c.status).toBe('draft')
    c = await manager.reimbursement.dealer.submit({
      claimId: c.id,
      version: c.version,
      idempotencyKey: randomUUID(),
    })

    // HQ: the queue with totals; approve two in bulk, reject one with a reason; the claim is audited.
    const queue = await finance.reimbursement.hq.queue({ status: 'submitted' })
    const row = queue.items.find((x) => x.id === c.id)!
    expect([row.dealerCode, row.lines, row.claimedFen, row.decided]).toEqual([
      'D-BJ01',
      3,
      c.totals.claimedFen,
      0,
    ])
    let a = await finance.reimbursement.hq.claim({ id: c.id })
    expect(
      (
        await refusal(
          finance.reimbursement.hq.decideLine({
            claimId: c.id,
            version: a.version,
            lineId: a.lines[2]!.id,
            decision: 'rejected',
          }),
        )
      )[1],
    ).toBe('REIMBURSEMENT.REASON_REQUIRED')
    a = await finance.reimbursement.hq.decideLine({
      claimId: c.id,
      version: a.version,
      lineId: a.lines[2]!.id,
      decision: 'rejected',
      reasonCode: 'duplicate',
      reasonText: '与 BJ-RO-202611-010 同一次维修 Same repair as 010',
    })
    expect(a.status).toBe('under_audit')
    expect(
      (await refusal(manager.reimbursement.dealer.withdraw({ claimId: c.id, version: a.version })))[1],
    ).toBe('REIMBURSEMENT.CANNOT_WITHDRAW')
    a = await finance.reimbursement.hq.decideLines({
      claimId: c.id,
      version: a.version,
      lineIds: [a.lines[0]!.id, a.lines[1]!.id],
      decision: 'approved',
    })
    expect(a.status).toBe('audited')
    a = await finance.reimbursement.hq.decideLine({
      claimId: c.id,
      version: a.version,
      lineId: a.lines[1]!.id,
      decision: 'adjusted',
      amountFen: 20000,
      reasonCode: 'labour_excessive',
    })
    const expectedPaid = a.lines[0]!.claimedFen + 20000
    expect(a.totals.approvedFen).toBe(expectedPaid)
    // The dealer sees each decision and its reason.
    const seen = await manager.reimbursement.dealer.claim({ id: c.id })
    expect(seen.lines.map((l) => [l.decision, l.reasonCode])).toEqual([
      ['approved', null],
      ['adjusted', 'labour_excessive'],
      ['rejected', 'duplicate'],
    ])
    expect('decidedBy' in seen.lines[0]!).toBe(false)

    // Deductions: an old part unreported past its deadline (list price) and a confirmed parts request.
    const overdue = await registerOldPart(
      h.repos,
      bj,
      {
        partCode: PARTS.blower.code,
        line: 'X7',
        serial: VIN.liNa,
        replacedOn: '2026-10-01',
        returnDeadline: '2026-10-31',
      },
      h.now(),
    )
    const { request } = await h.repos.fee.partsRequests.create({
      dealerId: bj,
      lines: [{ partCode: PARTS.brake.code, quantity: 3 }],
      note: null,
      createdBy: 'bj.manager',
      createdAt: h.now(),
      clientRequestId: randomUUID(),
    })
    await h.repos.fee.partsRequests.update(request.id, request.version, {
      status: 'confirmed',
      costTotalFen: 36000,
      confirmedBy: 'finance',
      confirmedAt: new Date('2026-11-25T03:00:00Z'),
    })
    const deductionsFen = PARTS.blower.listFen + 36000

    // Settlement of November on 3 December: preview, run, rerun.
    h.setNow(new Date('2026-12-03T01:00:00Z'))
    const before = (await manager.reimbursement.dealer.account({})).balanceFen
    const preview2 = await finance.reimbursement.hq.settlementPreview({ period: '2026-11' })
    const p = preview2.dealers.find((d) => d.dealerCode === 'D-BJ01')!
    expect([p.lines, p.linesFen, p.deductionsFen, p.netFen]).toEqual([
      3,
      expectedPaid,
      deductionsFen,
      expectedPaid - deductionsFen,
    ])
    expect(p.claimsAwaitingAudit.map((x) => x.period)).toEqual(['2026-10'])
    expect(p.deductions.map((d) => d.causeId).sort()).toEqual([overdue.id, request.id].sort())
    const run1 = await finance.reimbursement.hq.runSettlement({ period: '2026-11' })
    const mine = run1.dealers.find((d) => d.dealerCode === 'D-BJ01')!
    expect(mine.outcome).toBe('settled')
    expect(mine.statement!.netFen).toBe(expectedPaid - deductionsFen)
    const run2 = await finance.reimbursement.hq.runSettlement({ period: '2026-11' })
    expect(run2.settled).toBe(0)
    expect(run2.dealers.find((d) => d.dealerCode === 'D-BJ01')!.outcome).toBe('already_settled')
    const account = await manager.reimbursement.dealer.account({ pageSize: 100 })
    expect(account.balanceFen).toBe(before + expectedPaid - deductionsFen)
    expect(account.items.reduce((s, e) => s + e.effectFen, 0)).toBe(account.balanceFen)
    expect(account.items.filter((e) => e.causeType === 'claim_line')).toHaveLength(4) // 2 seeded + 2 now
    expect((await manager.reimbursement.dealer.claim({ id: c.id })).status).toBe('settled')

    // A settled line never changes; a correction is a new entry, once per key.
    expect(
      (
        await refusal(
          finance.reimbursement.hq.decideLine({
            claimId: c.id,
            version: a.version + 1,
            lineId: a.lines[0]!.id,
            decision: 'rejected',
            reasonCode: 'other',
            reasonText: 'x',
          }),
        )
      )[0],
    ).toBe('PRECONDITION_FAILED')
    const correctionKey = randomUUID()
    for (let i = 0; i < 2; i++)
      await finance.reimbursement.hq.postCorrection({
        dealerId: bj,
        amountFen: -500,
        memo: '运费更正 freight correction',
        idempotencyKey: correctionKey,
      })
    expect((await manager.reimbursement.dealer.account({})).balanceFen).toBe(account.balanceFen - 500)

    // The statement: detail, XLSX and PDF (with the CJK font embedded), only for its own dealer.
    const st = (await manager.reimbursement.dealer.statements({ period: '2026-11' })).items[0]!
    expect(st.statementNo).toBe('ST-2026-11-D-BJ01')
    const detail = await manager.reimbursement.dealer.statement({ id: st.id })
    expect(detail.lines).toHaveLength(3)
    expect(detail.entries.map((e) => e.causeType).sort()).toEqual([
      'claim_line',
      'claim_line',
      'old_part',
      'parts_request',
    ])
    const xlsx = await manager.reimbursement.dealer.downloadStatement({ id: st.id, format: 'xlsx' })
    const xlsxContent = Buffer.from(xlsx.contentBase64, 'base64')
    const cells = (await readXlsxRows(xlsxContent)).flat()
    expect(cells).toContain('ST-2026-11-D-BJ01')
    const pdf = Buffer.from(
      (await manager.reimbursement.dealer.downloadStatement({ id: st.id, format: 'pdf' })).contentBase64,
      'base64',
    )
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.toString('latin1')).toMatch(/NotoSansSC/)
    // Both files read back: their figures are the ledger's entries of this statement, line by line.
    const ledger = (await manager.reimbursement.dealer.account({ pageSize: 100 })).items.filter(
      (e) => e.settlementId === st.id,
    )
    const ledgerLines = ledger.filter((e) => e.causeType === 'claim_line').map((e) => e.effectFen)
    const ledgerDeductions = ledger.filter((e) => e.causeType !== 'claim_line').map((e) => e.effectFen)
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
    expect(sum(ledgerLines)).toBe(expectedPaid)
    expect(sum(ledgerDeductions)).toBe(-deductionsFen)
    const fromPdf = readStatementPdf(pdf)
    expect(fromPdf.text).toContain('ST-2026-11-D-BJ01')
    for (const printed of [await readStatementXlsx(xlsxContent), fromPdf]) {
      expect(printed.summaryFen).toMatchObject({
        [SUMMARY.lines]: sum(ledgerLines),
        [SUMMARY.deductions]: sum(ledgerDeductions),
        [SUMMARY.net]: sum(ledger.map((e) => e.effectFen)),
        [SUMMARY.closing]: printed.summaryFen[SUMMARY.opening]! + sum(ledger.map((e) => e.effectFen)),
      })
      // Three lines were settled (one rejected pays 0); their paid amounts add up to the ledger's.
      expect(printed.paidFen).toHaveLength(3)
      expect(sum(printed.paidFen)).toBe(sum(ledgerLines))
      expect([...printed.deductionFen].sort()).toEqual([...ledgerDeductions].sort())
    }
    expect(
      (await refusal(otherManager.reimbursement.dealer.downloadStatement({ id: st.id, format: 'pdf' })))[0],
    ).toBe('NOT_FOUND')
    expect((await refusal(otherManager.reimbursement.dealer.statement({ id: st.id })))[0]).toBe('NOT_FOUND')
  })

  it('lets HQ set the submission deadline and refuses a late submission', async () => {
    const s = await admin.reimbursement.hq.settings({})
    const next = await admin.reimbursement.hq.updateSettings({ version: s.version, submissionDeadlineDay: 2 })
    expect(next.submissionDeadlineDay).toBe(2)
    expect(
      (
        await refusal(admin.reimbursement.hq.updateSettings({ version: s.version, submissionDeadlineDay: 3 }))
      )[0],
    ).toBe('CONFLICT')
    // Now 3 December: November's claims were due by the end of 2 December.
    let c = await staff.reimbursement.dealer.openClaim({ period: '2026-11' })
    expect(c.status).toBe('settled')
    const sh = await otherManager.reimbursement.dealer.openClaim({ period: '2026-11' })
    expect(sh.deadline.toISOString()).toBe('2026-12-02T16:00:00.000Z')
    c = sh
    expect(
      (
        await refusal(
          otherManager.reimbursement.dealer.submit({
            claimId: c.id,
            version: c.version,
            idempotencyKey: randomUUID(),
          }),
        )
      )[1],
    ).toBe('REIMBURSEMENT.DEADLINE_PASSED')
  })

  it('runs the scheduled settlement from the 3rd for the previous month, once', async () => {
    h.setNow(new Date('2027-01-02T15:00:00Z')) // 23:00 on 2 January in China: not yet
    expect(await runScheduledSettlement(h.deps)).toEqual({ settled: 0 })
    expect(await h.repos.reimbursement.settlements.periodDone('2026-12')).toBe(false)
    // A claim of December, audited before the 3rd, is paid by the scheduled run.
    h.setNow(new Date('2026-12-20T02:00:00Z'))
    let c = await staff.reimbursement.dealer.openClaim({ period: '2026-12' })
    // The month comes in as an XLSX file (dates as real dates, numbers as numbers).
    const xlsx = await renderXlsx([
      {
        name: 'orders',
        columns: ['维修单号', '维修日期', '车架号', '配件编号', '数量', '工时'].map((header, i) => ({
          header,
          key: `c${i}`,
        })),
        rows: [
          {
            c0: 'BJ-RO-202612-001',
            c1: new Date('2026-12-18T00:00:00Z'),
            c2: VIN.zhangWei,
            c3: PARTS.brake.code,
            c4: 1,
            c5: 0,
          },
        ],
      },
    ])
    c = (
      await staff.reimbursement.dealer.importLines({
        claimId: c.id,
        version: c.version,
        fileName: 'december.xlsx',
        contentBase64: xlsx.toString('base64'),
      })
    ).claim
    expect(c.lines.map((l) => [l.repairDate, l.quantity, l.problems])).toEqual([['2026-12-18', 1, []]])
    c = await manager.reimbursement.dealer.submit({
      claimId: c.id,
      version: c.version,
      idempotencyKey: randomUUID(),
    })
    await finance.reimbursement.hq.decideLines({
      claimId: c.id,
      version: c.version,
      lineIds: [c.lines[0]!.id],
      decision: 'approved',
    })
    const before = (await manager.reimbursement.dealer.account({})).balanceFen
    h.setNow(new Date('2027-01-02T16:00:00Z')) // midnight: the 3rd in China
    expect((await runScheduledSettlement(h.deps)).settled).toBe(1)
    expect(await h.repos.reimbursement.settlements.periodDone('2026-12')).toBe(true)
    expect(await runScheduledSettlement(h.deps)).toEqual({ settled: 0 })
    expect((await manager.reimbursement.dealer.account({})).balanceFen).toBe(before + PARTS.brake.costFen)
  })
})
