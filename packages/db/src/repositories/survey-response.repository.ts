import type {
  AnswerSet,
  ScoredAnswer,
  SurveyComment,
  SurveyFact,
  SurveyFactFilter,
  SurveyResponseRepository,
} from '@asq/domain'
import { and, count, eq, gte, inArray, isNotNull, lt, ne } from 'drizzle-orm'
import type { Database } from '../client'
import { customers, organisations, surveyAnswerItems, surveyInvitations, surveyResponses } from '../schema'
import { afterKey, keyOrder, offsetFor, type SortKey } from './keyset'
import { keyFilters } from './survey-daily.query'
import { surveyTotals } from './survey-totals.query'

/** Comments: newest answer first. */
const COMMENT_KEY: SortKey = [
  [surveyResponses.answeredAt, 'desc'],
  [surveyAnswerItems.id, 'desc'],
]

/** The invitations a filter selects: delivered ones, by delivery date, station, region, kind, source. */
function invitationWhere(f: SurveyFactFilter) {
  return and(
    isNotNull(surveyInvitations.sentAt),
    ne(surveyInvitations.status, 'cancelled'),
    f.from ? gte(surveyInvitations.sentAt, f.from) : undefined,
    f.to ? lt(surveyInvitations.sentAt, f.to) : undefined,
    f.stationId ? eq(surveyInvitations.stationId, f.stationId) : undefined,
    ...keyFilters(f, surveyInvitations),
  )
}

export const surveyResponseRepository = (db: Database): SurveyResponseRepository => ({
  async create({ items, ...r }) {
    // The unique invitation key makes a second answer (or a race of two) store nothing.
    const [row] = await db
      .insert(surveyResponses)
      .values(r)
      .onConflictDoNothing({ target: surveyResponses.invitationId })
      .returning({ id: surveyResponses.id })
    if (!row) return null
    if (items.length)
      await db
        .insert(surveyAnswerItems)
        .values(items.map((i) => ({ ...i, responseId: row.id, invitationId: r.invitationId })))
    return row
  },
  async byInvitation(invitationId) {
    const [r] = await db.select().from(surveyResponses).where(eq(surveyResponses.invitationId, invitationId))
    return r ? { id: r.id, answers: r.answers as AnswerSet, answeredAt: r.answeredAt } : null
  },
  async facts(f) {
    const invitations = await db
      .select({
        id: surveyInvitations.id,
        stationId: surveyInvitations.stationId,
        region: surveyInvitations.region,
        kind: surveyInvitations.kind,
        sentAt: surveyInvitations.sentAt,
        answeredAt: surveyInvitations.answeredAt,
      })
      .from(surveyInvitations)
      .where(invitationWhere(f))
    const scores = await db
      .select({
        invitationId: surveyAnswerItems.invitationId,
        type: surveyAnswerItems.type,
        dimension: surveyAnswerItems.dimension,
        score: surveyAnswerItems.score,
      })
      .from(surveyAnswerItems)
      .innerJoin(surveyInvitations, eq(surveyInvitations.id, surveyAnswerItems.invitationId))
      .where(
        and(
          invitationWhere(f),
          inArray(surveyAnswerItems.type, ['csat', 'nps']),
          isNotNull(surveyAnswerItems.score),
        ),
      )
    const byInvitation = new Map<string, ScoredAnswer[]>()
    for (const s of scores) {
      const list = byInvitation.get(s.invitationId) ?? []
      list.push({
        type: s.type as ScoredAnswer['type'],
        score: s.score!,
        dimension: s.dimension as ScoredAnswer['dimension'],
      })
      byInvitation.set(s.invitationId, list)
    }
    return invitations.map(
      ({ id, ...i }): SurveyFact => ({ ...i, answers: i.answeredAt ? (byInvitation.get(id) ?? []) : [] }),
    )
  },
  totals: (f, groupings) => surveyTotals(db, f, invitationWhere(f), groupings),
  async comments({ limit, offset, after, uncounted, ...f }) {
    const where = and(
      invitationWhere(f),
      eq(surveyAnswerItems.type, 'text'),
      isNotNull(surveyAnswerItems.text),
    )
    const rows = await db
      .select({
        id: surveyAnswerItems.id,
        invitationId: surveyInvitations.id,
        questionId: surveyAnswerItems.questionId,
        text: surveyAnswerItems.text,
        answeredAt: surveyResponses.answeredAt,
        templateId: surveyResponses.templateId,
        templateVersion: surveyResponses.templateVersion,
        source: surveyInvitations.source,
        kind: surveyInvitations.kind,
        stationId: surveyInvitations.stationId,
        stationName: organisations.nameZh,
        customerName: customers.name,
        dissatisfied: surveyResponses.dissatisfied,
      })
      .from(surveyAnswerItems)
      .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswerItems.responseId))
      .innerJoin(surveyInvitations, eq(surveyInvitations.id, surveyAnswerItems.invitationId))
      .innerJoin(customers, eq(customers.id, surveyInvitations.customerId))
      .leftJoin(organisations, eq(organisations.id, surveyInvitations.stationId))
      .where(and(where, afterKey(COMMENT_KEY, after)))
      .orderBy(...keyOrder(COMMENT_KEY))
      .limit(limit)
      .offset(offsetFor({ after, offset }))
    const [total] = uncounted
      ? []
      : await db
          .select({ n: count() })
          .from(surveyAnswerItems)
          .innerJoin(surveyInvitations, eq(surveyInvitations.id, surveyAnswerItems.invitationId))
          .where(where)
    return {
      items: rows.map((r) => ({ ...r, text: r.text! }) as SurveyComment),
      total: total?.n ?? 0,
    }
  },
})
