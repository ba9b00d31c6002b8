import type {
  SurveyPolicyRepository,
  SurveySettings,
  SurveyTemplate,
  SurveyTemplateRepository,
  TemplateContent,
} from '@asq/domain'
import { and, asc, desc, eq } from 'drizzle-orm'
import type { Database } from '../client'
import { surveyPolicies, surveyTemplates, surveyTemplateVersions } from '../schema'

type Row = typeof surveyTemplates.$inferSelect

const toTemplate = (r: Row): SurveyTemplate => ({
  id: r.id,
  purpose: r.purpose as SurveyTemplate['purpose'],
  title: { zh: r.titleZh, en: r.titleEn },
  active: r.active,
  currentVersion: r.currentVersion,
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
})

export const surveyTemplateRepository = (db: Database): SurveyTemplateRepository => ({
  async list({ purpose }) {
    const rows = await db
      .select()
      .from(surveyTemplates)
      .where(purpose ? eq(surveyTemplates.purpose, purpose) : undefined)
      .orderBy(asc(surveyTemplates.purpose), desc(surveyTemplates.updatedAt))
    return rows.map(toTemplate)
  },
  async byId(id) {
    const [r] = await db.select().from(surveyTemplates).where(eq(surveyTemplates.id, id))
    return r ? toTemplate(r) : null
  },
  async version(templateId, version) {
    const [r] = await db
      .select()
      .from(surveyTemplateVersions)
      .where(
        and(eq(surveyTemplateVersions.templateId, templateId), eq(surveyTemplateVersions.version, version)),
      )
    return r ? { ...r, content: r.content as TemplateContent } : null
  },
  async create({ purpose, content, createdBy, at }) {
    const [r] = await db
      .insert(surveyTemplates)
      .values({
        purpose,
        titleZh: content.title.zh,
        titleEn: content.title.en,
        createdBy,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
    await db
      .insert(surveyTemplateVersions)
      .values({ templateId: r!.id, version: 1, content, createdBy, createdAt: at })
    return toTemplate(r!)
  },
  async addVersion(id, baseVersion, content, createdBy, at) {
    // The conditional update is the lock: of two editors saving from the same base, one wins.
    const [r] = await db
      .update(surveyTemplates)
      .set({
        currentVersion: baseVersion + 1,
        titleZh: content.title.zh,
        titleEn: content.title.en,
        updatedAt: at,
      })
      .where(and(eq(surveyTemplates.id, id), eq(surveyTemplates.currentVersion, baseVersion)))
      .returning()
    if (!r) return null
    await db
      .insert(surveyTemplateVersions)
      .values({ templateId: id, version: baseVersion + 1, content, createdBy, createdAt: at })
    return toTemplate(r)
  },
  async setActive(id, active, at) {
    const [r] = await db
      .update(surveyTemplates)
      .set({ active, updatedAt: at })
      .where(eq(surveyTemplates.id, id))
      .returning()
    return r ? toTemplate(r) : null
  },
  async activeFor(purpose) {
    const [r] = await db
      .select()
      .from(surveyTemplates)
      .where(and(eq(surveyTemplates.purpose, purpose), eq(surveyTemplates.active, true)))
      .orderBy(desc(surveyTemplates.updatedAt))
      .limit(1)
    return r ? toTemplate(r) : null
  },
})

export const surveyPolicyRepository = (db: Database): SurveyPolicyRepository => ({
  async current() {
    const [r] = await db.select().from(surveyPolicies).orderBy(desc(surveyPolicies.version)).limit(1)
    return r
      ? { version: r.version, effectiveFrom: r.effectiveFrom, settings: r.settings as SurveySettings }
      : null
  },
  async save(p) {
    const rows = await db
      .insert(surveyPolicies)
      .values(p)
      .onConflictDoNothing()
      .returning({ v: surveyPolicies.version })
    return rows.length === 1
  },
})
