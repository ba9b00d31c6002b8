import { createRepositories, type DatabaseHandle, seedDemoData, sql } from '@asq/db'
import { testDatabases } from '@asq/db/testing'
import {
  type AnswerSet,
  actionDue,
  assertMeetingDate,
  canTransition,
  certificateFor,
  checkLiaisonReport,
  chinaDate,
  DISCIPLINES,
  examSettingsInput,
  type LiaisonState,
  meetingNumber,
  meetingPeriod,
  plateSchema,
  questionContentInput,
  reimbursementKey,
  reimbursementLineSchema,
  repairInputSchema,
  type Status,
  scoreExam,
  selectQuestions,
  submitLiaisonInput,
  teachingCaseContentSchema,
  teachingCaseLeaks,
  templateContentSchema,
  validateAnswers,
  validateReimbursement,
  vinSchema,
} from '@asq/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSla } from './routers/complaint/complaint.service'
import { priceLines } from './routers/reimbursement/reimbursement.pricing'
import { nodeSecurity } from './security/security'

/**
 * Issue 12, defect 11: the demo data passes the project's own rules. Every seeded record goes through
 * the validation a user's input would meet: claim lines through the claim-line rules with the fee
 * engine and the old-part register (as a withdrawn claim is checked again before resubmitting), quotes
 * through the repair schema, complaints through the status machine, 8D steps in order, survey answers
 * through their template.
 */
const NOW = new Date('2026-11-24T02:00:00Z')
const rows = async <T>(h: DatabaseHandle, q: string) =>
  ((await h.db.execute(sql.raw(q))) as unknown as { rows: T[] }).rows

describe.each(testDatabases())('the demo seed on $name', (target) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await target.open()
    await seedDemoData(h.db, nodeSecurity.hashPassword, NOW)
  }, 240_000)
  afterAll(() => h?.close())

  it('every vehicle has a well-formed VIN and, once registered, a well-formed plate', async () => {
    const vehicles = await rows<{ vin: string; plate: string | null }>(h, 'select vin, plate from vehicles')
    expect(vehicles.length).toBeGreaterThan(0)
    for (const v of vehicles) {
      expect(vinSchema.parse(v.vin), v.vin).toBe(v.vin)
      if (v.plate !== null) expect(plateSchema.parse(v.plate), v.vin).toBe(v.plate)
    }
  })

  it('every claim line passes the claim-line rules, its old part found in the station’s register', async () => {
    const repos = createRepositories(h.db)
    const lines = await rows<{
      claim_id: string
      dealer_id: string
      period: string
      repair_order_no: string
      repair_date: string
      serial: string
      part_code: string
      quantity: number
      labour_hundredths: number
      old_part_registration_no: string | null
      usage_reading: number | null
      claimed_fen: number
      id: string
    }>(
      h,
      `select l.id, l.claim_id, l.dealer_id, c.period, l.repair_order_no, l.repair_date::text, l.serial, l.part_code,
              l.quantity, l.labour_hundredths, l.old_part_registration_no, l.usage_reading,
              l.claimed_fen::float8 as claimed_fen
       from reimbursement_lines l join reimbursement_claims c on c.id = l.claim_id order by c.period, l.seq`,
    )
    expect(lines.length).toBeGreaterThan(0)
    const claims = [...new Set(lines.map((l) => l.claim_id))]
    const problems: unknown[] = []
    for (const claimId of claims) {
      const mine = lines.filter((l) => l.claim_id === claimId)
      const inputs = mine.map((l) =>
        reimbursementLineSchema.parse({
          repairOrderNo: l.repair_order_no,
          repairDate: l.repair_date,
          serial: l.serial,
          partCode: l.part_code,
          quantity: l.quantity,
          labourHours: l.labour_hundredths / 100,
          oldPartRegistrationNo: l.old_part_registration_no,
          usageReading: l.usage_reading,
        }),
      )
      const pricing = await priceLines(repos, mine[0]!.dealer_id, inputs)
      const elsewhere = new Set(
        lines
          .filter((l) => l.claim_id !== claimId && l.dealer_id === mine[0]!.dealer_id)
          .map((l) => reimbursementKey({ repairOrderNo: l.repair_order_no, partCode: l.part_code })),
      )
      const checked = validateReimbursement(
        inputs.map((l, i) => ({ ...l, id: mine[i]!.id, pricing: pricing[i]! })),
        { period: mine[0]!.period, today: chinaDate(NOW), claimedElsewhere: elsewhere },
      )
      for (const [i, c] of checked.entries()) {
        if (c.problems.length)
          problems.push({ ro: inputs[i]!.repairOrderNo, problems: c.problems.map((p) => p.code) })
        // What the station claims is what the fee engine prices the line at.
        if (mine[i]!.claimed_fen !== pricing[i]!.totalFen)
          problems.push({
            ro: inputs[i]!.repairOrderNo,
            claimed: mine[i]!.claimed_fen,
            priced: pricing[i]!.totalFen,
          })
      }
    }
    expect(problems).toEqual([])
  })

  it('every quote’s repair passes the repair schema', async () => {
    const quotes = await rows<{ number: string; repair: unknown }>(h, 'select number, repair from fee_quotes')
    expect(quotes.length).toBeGreaterThan(0)
    const bad = quotes
      .map((q) => ({ number: q.number, r: repairInputSchema.safeParse(q.repair) }))
      .filter((q) => !q.r.success)
      .map((q) => ({ number: q.number, issues: q.r.error?.issues.map((i) => i.path.join('.')) }))
    expect(bad).toEqual([])
  })

  it('every complaint reached its status through allowed transitions, in time order', async () => {
    const complaints = await rows<{ id: string; number: string; status: string }>(
      h,
      'select id, number, status from complaints',
    )
    const events = await rows<{
      complaint_id: string
      type: string
      data: Record<string, unknown>
      at: string
    }>(h, 'select complaint_id, type, data, at::text from complaint_events order by complaint_id, at, id')
    expect(complaints.length).toBeGreaterThan(0)
    const bad: string[] = []
    for (const c of complaints) {
      const es = events.filter((e) => e.complaint_id === c.id)
      let at: Status = 'new'
      for (const e of es.filter((x) => x.type === 'status')) {
        if (e.data.from !== at || !canTransition(at, e.data.to as Status))
          bad.push(`${c.number}: ${String(e.data.from)} → ${String(e.data.to)} (was ${at})`)
        at = e.data.to as Status
      }
      if (at !== c.status) bad.push(`${c.number}: history ends at ${at}, the case says ${c.status}`)
    }
    expect(bad).toEqual([])
  })

  it('every 8D claim’s steps are approved in order; nothing past an unapproved step is submitted', async () => {
    const steps = await rows<{ number: string; step: string; status: string }>(
      h,
      `select c.number, s.step, s.status from eightd_steps s join eightd_claims c on c.id = s.claim_id
       order by c.number, s.step`,
    )
    expect(steps.length).toBeGreaterThan(0)
    const bad: string[] = []
    for (const number of new Set(steps.map((s) => s.number))) {
      const ss = steps.filter((s) => s.number === number)
      expect(ss.map((s) => s.step)).toEqual([...DISCIPLINES])
      let before = true
      for (const s of ss) {
        if (!before && s.status !== 'draft') bad.push(`${number} ${s.step} is ${s.status} after an open step`)
        if (s.status !== 'approved') before = false
      }
    }
    expect(bad).toEqual([])
  })

  it('every survey answer is valid for its template version', async () => {
    const responses = await rows<{ answers: AnswerSet; content: unknown }>(
      h,
      `select r.answers, v.content from survey_responses r
       join survey_template_versions v on v.template_id = r.template_id and v.version = r.template_version`,
    )
    expect(responses.length).toBeGreaterThan(0)
    for (const r of responses) {
      const content = templateContentSchema.parse(r.content)
      expect(validateAnswers(content.questions, r.answers)).toEqual(r.answers)
    }
  })

  // Defect 8: people appear by name, as in a Chinese workplace (no English role notes in a name), and
  // nothing addressed to a supplier carries the demo's own bookkeeping ("真实案例 2：…").
  it('staff display names are Chinese names without English notes; 8D texts a supplier reads have no demo labels', async () => {
    const names = await rows<{ display_name: string }>(h, 'select display_name from users order by username')
    expect(names.length).toBeGreaterThan(0)
    expect(names.filter((n) => !/^[\p{Script=Han}·]+$/u.test(n.display_name))).toEqual([])
    const claims = await rows<{ number: string; description: string }>(
      h,
      'select number, description from eightd_claims order by number',
    )
    expect(claims.length).toBeGreaterThan(0)
    expect(claims.filter((c) => /真实案例|real case/i.test(c.description))).toEqual([])
  })
  it('every review meeting covers a valid period; every action’s person is of its unit, due on a working day, done only with evidence', async () => {
    const meetings = await rows<{
      id: string
      number: string
      period_kind: string
      period_from: string
      period_to: string
      meeting_date: string
    }>(h, 'select id, number, period_kind, period_from, period_to, meeting_date from improvement_meetings')
    expect(meetings.length).toBeGreaterThan(0)
    for (const m of meetings) {
      const choice =
        m.period_kind === 'month'
          ? ({ kind: 'month', month: m.period_from.slice(0, 7) } as const)
          : ({ kind: 'custom', from: m.period_from, to: m.period_to } as const)
      const period = meetingPeriod(choice)
      expect([period.from, period.to, meetingNumber(period)], m.number).toEqual([
        m.period_from,
        m.period_to,
        m.number,
      ])
      expect(() => assertMeetingDate(period, m.meeting_date)).not.toThrow()
    }
    const sla = await loadSla(createRepositories(h.db))
    const actions = await rows<{
      title: string
      owner_org_id: string
      org_id: string
      org_kind: string
      due_date: string
      due_at: Date
      status: string
      evidence: { text: string } | null
    }>(
      h,
      `select a.title, a.owner_org_id, u.org_id, o.kind as org_kind, a.due_date, a.due_at, a.status, a.evidence
         from improvement_actions a join users u on u.id = a.owner_user_id join organisations o on o.id = a.owner_org_id`,
    )
    expect(actions.length).toBeGreaterThan(0)
    for (const a of actions) {
      expect(a.org_id, a.title).toBe(a.owner_org_id)
      expect(['hq', 'dealer']).toContain(a.org_kind)
      const cal =
        a.org_kind === 'dealer' ? (sla.calendarFor(a.owner_org_id).station ?? sla.calendar) : sla.calendar
      expect(actionDue(cal, a.due_date), a.title).toEqual({ dueDate: a.due_date, dueAt: new Date(a.due_at) })
      if (a.status === 'done') expect(a.evidence?.text.trim().length, a.title).toBeGreaterThan(0)
    }
  })

  it('the question bank, the exams, attempts and certificates obey the exam rules', async () => {
    const exams = createRepositories(h.db).improvement.exams
    const bank = await exams.listQuestions({ page: 1, pageSize: 200 })
    expect(bank.items.length).toBeGreaterThanOrEqual(10)
    expect(new Set(bank.items.map((q) => q.kind))).toEqual(new Set(['single', 'multiple', 'true_false']))
    for (const q of bank.items) {
      const content = { ...q, options: q.options.map((o) => ({ text: o.text, correct: o.correct })) }
      expect(questionContentInput.parse(content), q.stem).toMatchObject({ kind: q.kind, stem: q.stem })
    }
    const published = await exams.publishedExams()
    expect(published.length).toBeGreaterThan(0)
    for (const e of published) {
      examSettingsInput.parse(e)
      const pool =
        e.selection.mode === 'fixed'
          ? await exams.questionsByIds(e.selection.questionIds)
          : await exams.activeQuestionsOf(e.selection.topics)
      expect(selectQuestions(e.selection, pool, () => 0).length).toBeGreaterThan(0)
      for (const a of await exams.attemptsAt({ examId: e.id })) {
        if (a.submittedAt === null) continue
        const s = scoreExam(a.questions, a.answers ?? {}, e.passMark)
        expect({ right: a.right, score: a.score, passed: a.passed }).toEqual({
          right: s.right,
          score: s.score,
          passed: s.passed,
        })
        const c = await exams.certificateByAttempt(a.id)
        expect(c !== null, a.id).toBe(s.passed)
        if (c)
          expect({ issuedOn: c.issuedOn, validUntil: c.validUntil }).toEqual(certificateFor(e, a.submittedAt))
      }
    }
  })

  it("every liaison letter passes the station's form and report rules, names a catalogue part and has an answer once answered", async () => {
    const letters = await rows<{
      number: string
      part_code: string
      part_name: string
      vins: string[]
      symptoms: string
      vehicles_affected: number
      first_seen_on: string
      submitted_at: string | Date
      state: LiaisonState
      answer: string | null
    }>(
      h,
      'select l.*, p.name_zh as part_name from liaison_letters l join fee_parts p on p.code = l.part_code and p.active',
    )
    expect(letters.length).toBeGreaterThanOrEqual(2)
    for (const l of letters) {
      const input = submitLiaisonInput.parse({
        partCode: l.part_code,
        vins: l.vins,
        symptoms: l.symptoms,
        vehiclesAffected: l.vehicles_affected,
        firstSeenOn: typeof l.first_seen_on === 'string' ? l.first_seen_on : chinaDate(l.first_seen_on),
        clientRequestId: '00000000-0000-4000-8000-000000000000',
      })
      expect(input.partCode, l.number).toBe(l.part_code)
      expect(input.vins, l.number).toEqual(l.vins)
      checkLiaisonReport(input, new Date(l.submitted_at))
      expect(l.state === 'submitted' ? l.answer === null : Boolean(l.answer), l.number).toBe(true)
    }
  })

  // Issue 18: the library's demo cases are complete, filed in the vocabularies, published, and name no
  // demo customer (name, phone, plate or VIN), as publishing would require of any case.
  it('every teaching case is valid, published and anonymised against every demo customer', async () => {
    const cases = await rows<Record<string, unknown>>(
      h,
      `select title, cause, part_code, customer_type, communication_style, mindsets, story, actions, lessons, status
       from teaching_cases order by title`,
    )
    expect(cases.length).toBeGreaterThanOrEqual(2)
    const people = await rows<{ name: string; phone: string | null; plate: string | null; vin: string }>(
      h,
      'select c.name, c.phone, v.plate, v.vin from customers c join vehicles v on v.customer_id = c.id',
    )
    expect(people.length).toBeGreaterThan(0)
    for (const c of cases) {
      const content = teachingCaseContentSchema.parse({
        title: c.title,
        cause: c.cause,
        partCode: c.part_code,
        customerType: c.customer_type,
        communicationStyle: c.communication_style,
        mindsets: c.mindsets,
        story: c.story,
        actions: c.actions,
        lessons: c.lessons,
      })
      expect(c.status).toBe('published')
      for (const p of people)
        expect(teachingCaseLeaks(content, p), `${content.title} / ${p.name}`).toEqual([])
    }
  })
})
