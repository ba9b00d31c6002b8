import type { SurveyTemplate } from '@asq/domain'
import {
  createTemplateInput,
  notFound,
  publicSurvey,
  setTemplateActiveInput,
  surveyStale,
  TEMPLATE_PURPOSES,
  templateVersionInput,
  updateTemplateInput,
} from '@asq/domain'
import { z } from 'zod'
import { builders, readers } from './survey.roles'
import { loadContent } from './survey.service'

const view = (t: SurveyTemplate) => ({
  id: t.id,
  purpose: t.purpose,
  title: t.title,
  active: t.active,
  currentVersion: t.currentVersion,
  createdBy: t.createdBy,
  createdAt: t.createdAt,
  updatedAt: t.updatedAt,
})

const audited = (t: SurveyTemplate) => ({
  purpose: t.purpose,
  active: t.active,
  currentVersion: t.currentVersion,
})

/** Templates: listed, read by version, created, changed (a new version each time), archived. */
export const templateProcedures = {
  templates: readers()
    .input(z.object({ purpose: z.enum(TEMPLATE_PURPOSES).optional() }))
    .query(async ({ ctx, input }) => (await ctx.repos.surveys.templates.list(input)).map(view)),
  /** One version of a template (the current one by default), with the list of its versions. */
  template: readers()
    .input(templateVersionInput)
    .query(async ({ ctx, input }) => {
      const t = await ctx.repos.surveys.templates.byId(input.id)
      if (!t) throw notFound('survey_template')
      const version = input.version ?? t.currentVersion
      if (version > t.currentVersion) throw notFound('survey_template')
      const content = await loadContent(ctx.repos, t.id, version)
      return {
        ...view(t),
        version,
        content,
        versions: Array.from({ length: t.currentVersion }, (_, i) => i + 1),
      }
    }),
  /** What a respondent sees for a stored version (the builder previews unsaved drafts in the browser). */
  preview: readers()
    .input(templateVersionInput)
    .query(async ({ ctx, input }) => {
      const t = await ctx.repos.surveys.templates.byId(input.id)
      if (!t || (input.version ?? 0) > t.currentVersion) throw notFound('survey_template')
      const content = await loadContent(ctx.repos, t.id, input.version ?? t.currentVersion)
      return publicSurvey(content, { stationName: null, expiresAt: null })
    }),
  createTemplate: builders()
    .input(createTemplateInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const t = await repos.surveys.templates.create({
          ...input,
          createdBy: ctx.actor.username,
          at: ctx.clock(),
        })
        await audit({
          action: 'survey.template_create',
          entityType: 'survey_template',
          entityId: t.id,
          before: null,
          after: { ...audited(t), content: input.content },
        })
        return view(t)
      }),
    ),
  /** Saves a new version; surveys already sent keep the version they were sent with. */
  updateTemplate: builders()
    .input(updateTemplateInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const before = await repos.surveys.templates.byId(input.id)
        if (!before) throw notFound('survey_template')
        const t = await repos.surveys.templates.addVersion(
          input.id,
          input.baseVersion,
          input.content,
          ctx.actor.username,
          ctx.clock(),
        )
        if (!t) throw surveyStale('template')
        await audit({
          action: 'survey.template_version',
          entityType: 'survey_template',
          entityId: t.id,
          before: audited(before),
          after: { ...audited(t), content: input.content },
        })
        return view(t)
      }),
    ),
  /** Archive (inactive: no new surveys use it) or bring back; answers and versions are kept. */
  setTemplateActive: builders()
    .input(setTemplateActiveInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const before = await repos.surveys.templates.byId(input.id)
        if (!before) throw notFound('survey_template')
        const t = (await repos.surveys.templates.setActive(input.id, input.active, ctx.clock()))!
        await audit({
          action: input.active ? 'survey.template_activate' : 'survey.template_archive',
          entityType: 'survey_template',
          entityId: t.id,
          before: audited(before),
          after: audited(t),
        })
        return view(t)
      }),
    ),
}
