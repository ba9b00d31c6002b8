import type {
  Discipline,
  EightdEvidenceRepository,
  EightdReview,
  EightdReviewRepository,
  EightdStep,
  EightdStepRepository,
} from '@asq/domain'
import { and, asc, desc, eq } from 'drizzle-orm'
import type { Database } from '../client'
import { eightdEvidence, eightdReviews, eightdStepRevisions, eightdSteps } from '../schema'

const toStep = (r: typeof eightdSteps.$inferSelect): EightdStep => ({
  claimId: r.claimId,
  step: r.step as Discipline,
  status: r.status as EightdStep['status'],
  content: r.content as Record<string, unknown>,
  revision: r.revision,
  deadlineAt: r.deadlineAt,
  firstSubmittedAt: r.firstSubmittedAt,
  submittedAt: r.submittedAt,
  approvedAt: r.approvedAt,
  updatedAt: r.updatedAt,
  version: r.version,
})

export const eightdStepRepository = (db: Database): EightdStepRepository => ({
  async forClaim(claimId) {
    const rows = await db
      .select()
      .from(eightdSteps)
      .where(eq(eightdSteps.claimId, claimId))
      .orderBy(asc(eightdSteps.step))
    return rows.map(toStep)
  },
  async get(claimId, step) {
    const [r] = await db
      .select()
      .from(eightdSteps)
      .where(and(eq(eightdSteps.claimId, claimId), eq(eightdSteps.step, step)))
    return r ? toStep(r) : null
  },
  async update(claimId, step, version, patch) {
    const [r] = await db
      .update(eightdSteps)
      .set({ ...patch, version: version + 1 })
      .where(
        and(eq(eightdSteps.claimId, claimId), eq(eightdSteps.step, step), eq(eightdSteps.version, version)),
      )
      .returning()
    return r ? toStep(r) : null
  },
  async addRevision(r) {
    await db.insert(eightdStepRevisions).values(r)
  },
  async revisions(claimId, step) {
    const rows = await db
      .select()
      .from(eightdStepRevisions)
      .where(and(eq(eightdStepRevisions.claimId, claimId), eq(eightdStepRevisions.step, step)))
      .orderBy(desc(eightdStepRevisions.revision))
    return rows.map((r) => ({
      claimId: r.claimId,
      step: r.step as Discipline,
      revision: r.revision,
      content: r.content as Record<string, unknown>,
      submittedAt: r.submittedAt,
      submittedBy: r.submittedBy,
    }))
  },
})

const toReview = (r: typeof eightdReviews.$inferSelect): EightdReview => ({
  id: r.id,
  claimId: r.claimId,
  step: r.step as Discipline,
  revision: r.revision,
  decision: r.decision as EightdReview['decision'],
  comment: r.comment,
  internalNote: r.internalNote,
  reviewer: r.reviewer,
  at: r.at,
})

export const eightdReviewRepository = (db: Database): EightdReviewRepository => ({
  async add(r) {
    const [row] = await db.insert(eightdReviews).values(r).returning()
    return toReview(row!)
  },
  async forClaim(claimId) {
    const rows = await db
      .select()
      .from(eightdReviews)
      .where(eq(eightdReviews.claimId, claimId))
      .orderBy(asc(eightdReviews.at))
    return rows.map(toReview)
  },
})

export const eightdEvidenceRepository = (db: Database): EightdEvidenceRepository => {
  const meta = {
    id: eightdEvidence.id,
    claimId: eightdEvidence.claimId,
    step: eightdEvidence.step,
    filename: eightdEvidence.filename,
    mime: eightdEvidence.mime,
    size: eightdEvidence.size,
    sha256: eightdEvidence.sha256,
    uploadedBy: eightdEvidence.uploadedBy,
    createdAt: eightdEvidence.createdAt,
  }
  return {
    async add({ at, ...e }) {
      const [r] = await db
        .insert(eightdEvidence)
        .values({ ...e, createdAt: at })
        .returning(meta)
      return { ...r!, step: r!.step as Discipline }
    },
    async forClaim(claimId) {
      const rows = await db
        .select(meta)
        .from(eightdEvidence)
        .where(eq(eightdEvidence.claimId, claimId))
        .orderBy(asc(eightdEvidence.createdAt))
      return rows.map((r) => ({ ...r, step: r.step as Discipline }))
    },
    async content(id) {
      const [r] = await db.select().from(eightdEvidence).where(eq(eightdEvidence.id, id))
      return r
        ? { ...r, step: r.step as Discipline, content: r.content ? new Uint8Array(r.content) : null }
        : null
    },
  }
}
