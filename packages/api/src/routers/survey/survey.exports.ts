import type { Kind, SurveyComment } from '@asq/domain'
import { encodeKeys, INVITATION_SOURCE_LABELS, KIND_LABELS, surveyFilterSchema } from '@asq/domain'
import { timeColumn, yesNo } from '../../exports/export-cells'
import { columnsOf, describeExport, keysetRows, nextAfter, withFormat } from '../../exports/export-procedure'
import type { Cell } from '../../reports/xlsx'
import { commentViews, factFilter } from './survey.results'
import { readers } from './survey.roles'

const COLUMNS = columnsOf(
  timeColumn('答卷时间 Answered'),
  '服务站 Station',
  '客户 Customer',
  { header: '问题 Question', width: 30 },
  { header: '回答 Answer', width: 50 },
  '不满意 Dissatisfied',
  '来源 Source',
  '投诉类别 Complaint kind',
)

type CommentView = Awaited<ReturnType<typeof commentViews>>[number]
const cells = (c: CommentView): Cell[] => [
  c.answeredAt,
  c.stationName ?? '',
  c.customerName,
  c.question.zh,
  c.text,
  yesNo(c.dissatisfied),
  INVITATION_SOURCE_LABELS[c.source].zh,
  c.kind ? (KIND_LABELS[c.kind as Kind]?.zh ?? c.kind) : '',
]

/** The customers' written answers with the results page's filters, newest first. */
export const exportComments = readers()
  .meta({ export: true })
  .input(withFormat(surveyFilterSchema))
  .query(({ ctx, input: { format, ...filters } }) =>
    describeExport(ctx.clock(), 'survey-answers', format, {
      sheet: '满意度回答 Survey answers',
      columns: COLUMNS,
      rows: keysetRows(async (after, limit) => {
        const f = { ...factFilter(filters), limit, offset: 0, after, uncounted: true }
        const { items } = await ctx.repos.surveys.responses.comments(f)
        const key = (c: SurveyComment) => encodeKeys([c.answeredAt, c.id])
        const views = await commentViews(ctx.repos, items)
        return { items: views, nextCursor: nextAfter(items, limit, key) }
      }, cells),
    }),
  )
