import type { AddTermsInput, WarrantyTerms } from '@asq/domain'
import {
  addTermsInput,
  idInput,
  listTermsInput,
  notFound,
  removeReturnDeadlineInput,
  retroactive,
  setReturnDeadlineInput,
  termsDateTaken,
  termsInForce,
  unknownPart,
  unknownProductLine,
} from '@asq/domain'
import { feeReaders, ruleEditors } from './fee.roles'
import { todayOf } from './fee.service'

const audited = (t: WarrantyTerms) => ({ ...t })

/** What the repository stores for a new version: the rule as given, who added it and when. */
export const newTermsVersion = (t: AddTermsInput, createdBy: string, at: Date) => ({
  productLineCode: t.productLineCode,
  partCode: t.partCode ?? null,
  effectiveFrom: t.effectiveFrom,
  months: t.months,
  usageLimit: t.usageLimit,
  usageUnit: t.usageUnit,
  startBasis: t.startBasis,
  card: t.card ?? null,
  createdBy,
  at,
})

/** Warranty terms (versioned: a change is a new version from a date) and old-part return deadlines. */
export const termsProcedures = {
  /** Every version, newest first per product line and part. */
  terms: feeReaders()
    .input(listTermsInput)
    .query(({ ctx, input }) => ctx.repos.fee.terms.list(input)),
  /** A new version of a product line's terms (or of one part's override), from a date not in the past. */
  addTerms: ruleEditors()
    .input(addTermsInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        if (input.effectiveFrom < todayOf(ctx)) throw retroactive()
        if (!(await repos.fee.catalogue.productLineCodes()).includes(input.productLineCode))
          throw unknownProductLine(input.productLineCode)
        if (input.partCode && !(await repos.fee.catalogue.parts([input.partCode])).length)
          throw unknownPart(input.partCode, 'partCode')
        const t = await repos.fee.terms.add(newTermsVersion(input, ctx.actor.username, ctx.clock()))
        if (!t) throw termsDateTaken(input.effectiveFrom)
        await audit({
          action: 'fee.terms_add',
          entityType: 'fee_terms',
          entityId: t.id,
          before: null,
          after: audited(t),
        })
        return t
      }),
    ),
  /** Withdraws a version that is not in force yet; versions in force stay for re-pricing. */
  removeTerms: ruleEditors()
    .input(idInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const t = await repos.fee.terms.byId(input.id)
        if (!t) throw notFound('fee_terms')
        if (t.effectiveFrom <= todayOf(ctx)) throw termsInForce()
        await repos.fee.terms.remove(t.id)
        await audit({
          action: 'fee.terms_remove',
          entityType: 'fee_terms',
          entityId: t.id,
          before: audited(t),
          after: null,
        })
        return { id: t.id }
      }),
    ),
  returnDeadlines: feeReaders().query(({ ctx }) => ctx.repos.fee.deadlines.list()),
  /** Days to return an old part, per part ('part', code), per product line ('line', code) or default ('default', '*'). */
  setReturnDeadline: ruleEditors()
    .input(setReturnDeadlineInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const key = input.scope === 'default' ? '*' : input.key
        const before =
          (await repos.fee.deadlines.list()).find((d) => d.scope === input.scope && d.key === key) ?? null
        await repos.fee.deadlines.set({ ...input, key })
        await audit({
          action: 'fee.return_deadline_set',
          entityType: 'fee_return_deadline',
          entityId: `${input.scope}:${key}`,
          before,
          after: { ...input, key },
        })
        return { ...input, key }
      }),
    ),
  removeReturnDeadline: ruleEditors()
    .input(removeReturnDeadlineInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const key = input.scope === 'default' ? '*' : input.key
        const before = (await repos.fee.deadlines.list()).find(
          (d) => d.scope === input.scope && d.key === key,
        )
        if (!before || !(await repos.fee.deadlines.remove(input.scope, key)))
          throw notFound('return_deadline')
        await audit({
          action: 'fee.return_deadline_remove',
          entityType: 'fee_return_deadline',
          entityId: `${input.scope}:${key}`,
          before,
          after: null,
        })
        return { scope: input.scope, key }
      }),
    ),
}
