import type { Actor, PersonalData, Repositories, TeachingCaseRecord } from '@asq/domain'
import {
  actorLabel,
  assertTeachable,
  createTeachingCaseInput,
  customerTypeOf,
  DomainError,
  decidePublish,
  decideUpdate,
  decideWithdraw,
  draftFromCase,
  manageTeachingCasesInput,
  notFound,
  rankSimilar,
  searchTeachingCasesInput,
  similarTeachingCasesInput,
  staleVersion,
  teachingCaseIdInput,
  teachingCaseRefInput,
  updateTeachingCaseInput,
} from '@asq/domain'
import type { Context } from '../../context'
import { hqProcedure, idempotency, networkStaffProcedure, router } from '../../trpc'
import { editorCase, editorItem, libraryCase, libraryItem } from './learning.views'

/**
 * The learning centre's teaching cases (issue 18). HQ's desk (admin, service, quality) turns a closed
 * case into a draft pre-filled with the customer's data masked, edits it, publishes it once its text
 * names nobody, and may withdraw it. Every staff member of HQ and the stations reads the published
 * library and the cases like the one at hand; nobody reads a customer's data through it.
 */
const editors = () => hqProcedure('hq_admin', 'hq_service', 'hq_quality')
const NOBODY: PersonalData = { name: null, phone: null, plate: null, vin: null }
type Tx = Parameters<Parameters<Context['transact']>[0]>[0]

async function loadCase(repos: Repositories, id: string) {
  const t = await repos.improvement.teachingCases.byId(id)
  if (!t) throw notFound('teaching_case')
  return t
}

/** The case as the editor reads it, with its complaint's number and the leaks still in its text. */
async function forEditor(repos: Repositories, t: TeachingCaseRecord) {
  const [complaint, facts] = t.complaintId
    ? await Promise.all([
        repos.complaints.byId(t.complaintId),
        repos.improvement.teachingCases.caseFacts(t.complaintId),
      ])
    : [null, null]
  return editorCase(t, complaint?.number ?? null, facts)
}

/** What the audit keeps of a teaching case: its filing and state, not its words. */
const audited = (t: TeachingCaseRecord) => ({
  complaintId: t.complaintId,
  status: t.status,
  title: t.title,
  cause: t.cause,
  partCode: t.partCode,
  customerType: t.customerType,
  version: t.version,
})

/** Loads the case at the version the editor saw, applies `decide`, saves and audits it in one transaction. */
function change(
  ctx: Context & { actor: Actor },
  input: { id: string; version: number },
  step: { action: string; decide: (tx: Tx, t: TeachingCaseRecord) => Promise<Partial<TeachingCaseRecord>> },
) {
  return ctx.transact(async (tx) => {
    const before = await loadCase(tx.repos, input.id)
    if (before.version !== input.version) throw staleVersion('teaching_case')
    const patch = await step.decide(tx, before)
    const after = await tx.repos.improvement.teachingCases.update(before.id, input.version, patch)
    if (!after) throw staleVersion('teaching_case')
    await tx.audit({
      action: step.action,
      entityType: 'teaching_case',
      entityId: after.id,
      before: audited(before),
      after: audited(after),
    })
    return forEditor(tx.repos, after)
  })
}

export const learningRouter = router({
  /** A closed case becomes a draft (or the caller is sent to the one it already has). */
  createFromCase: editors()
    .input(createTeachingCaseInput)
    .use(idempotency)
    .mutation(({ ctx, input }) =>
      ctx.transact(async (tx) => {
        const repo = tx.repos.improvement.teachingCases
        const c = await tx.repos.complaints.byId(input.complaintId)
        if (!c) throw notFound('complaint')
        assertTeachable(c)
        const existing = await repo.byComplaint(c.id)
        if (existing) return { id: existing.id, created: false }
        const facts = await repo.caseFacts(c.id)
        if (!facts) throw notFound('complaint')
        const now = ctx.clock()
        const t = await repo.create({
          ...draftFromCase(c, facts),
          complaintId: c.id,
          status: 'draft',
          createdBy: actorLabel(ctx.actor),
          createdAt: now,
          updatedAt: now,
        })
        if (!t)
          throw new DomainError(
            'CONFLICT',
            'LEARNING.ALREADY_TEACHING_CASE',
            'This case was made a teaching case meanwhile; reload',
          )
        await tx.audit({
          action: 'improvement.teaching_case.create',
          entityType: 'teaching_case',
          entityId: t.id,
          before: null,
          after: audited(t),
        })
        return { id: t.id, created: true }
      }),
    ),

  update: editors()
    .input(updateTeachingCaseInput)
    .mutation(({ ctx, input }) => {
      const { id, version, ...content } = input
      return change(
        ctx,
        { id, version },
        {
          action: 'improvement.teaching_case.update',
          decide: async (tx, t) => {
            if (content.partCode && !(await tx.repos.improvement.teachingCases.partExists(content.partCode)))
              throw new DomainError(
                'BAD_INPUT',
                'LEARNING.UNKNOWN_PART',
                'No part of the catalogue has this code',
                {
                  field: 'partCode',
                },
              )
            return decideUpdate(t, content, ctx.clock())
          },
        },
      )
    }),

  publish: editors()
    .input(teachingCaseRefInput)
    .mutation(({ ctx, input }) =>
      change(ctx, input, {
        action: 'improvement.teaching_case.publish',
        decide: async (tx, t) => {
          // A case of the training material names no customer of ours: nothing to look for.
          const facts = t.complaintId
            ? await tx.repos.improvement.teachingCases.caseFacts(t.complaintId)
            : null
          return decidePublish(t, facts?.personal ?? NOBODY, ctx.clock())
        },
      }),
    ),

  withdraw: editors()
    .input(teachingCaseRefInput)
    .mutation(({ ctx, input }) =>
      change(ctx, input, {
        action: 'improvement.teaching_case.withdraw',
        decide: async (_tx, t) => decideWithdraw(t, ctx.clock()),
      }),
    ),

  /** HQ's list: every teaching case, drafts and withdrawn ones too. */
  manage: editors()
    .input(manageTeachingCasesInput)
    .query(async ({ ctx, input }) => {
      const page = await ctx.repos.improvement.teachingCases.search(input)
      return { ...page, items: page.items.map(editorItem) }
    }),

  /** One teaching case for its editor, in any status. */
  edit: editors()
    .input(teachingCaseIdInput)
    .query(async ({ ctx, input }) => forEditor(ctx.repos, await loadCase(ctx.repos, input.id))),

  /** The library: published cases only. */
  search: networkStaffProcedure.input(searchTeachingCasesInput).query(async ({ ctx, input }) => {
    const page = await ctx.repos.improvement.teachingCases.search({ ...input, status: 'published' })
    return { ...page, items: page.items.map(libraryItem) }
  }),

  get: networkStaffProcedure.input(teachingCaseIdInput).query(async ({ ctx, input }) => {
    const t = await ctx.repos.improvement.teachingCases.byId(input.id)
    if (t?.status !== 'published') throw notFound('teaching_case')
    return libraryCase(t)
  }),

  /** Up to five published cases like the case at hand (a station: one of its own cases only). */
  similar: networkStaffProcedure.input(similarTeachingCasesInput).query(async ({ ctx, input }) => {
    const c = await ctx.repos.complaints.byId(input.complaintId)
    if (!c || (ctx.actor.orgKind === 'dealer' && c.stationId !== ctx.actor.orgId)) throw notFound('complaint')
    const repo = ctx.repos.improvement.teachingCases
    const facts = await repo.caseFacts(c.id)
    const partCodes = facts?.partCodes ?? []
    const candidates = await repo.similarCandidates({ cause: c.cause, partCodes })
    const target = { cause: c.cause, partCodes, customerType: facts ? customerTypeOf(facts) : null }
    // The case itself, once taught, is not "like" itself.
    return rankSimilar(
      target,
      candidates.filter((t) => t.complaintId !== c.id),
    ).map(libraryItem)
  }),
})
