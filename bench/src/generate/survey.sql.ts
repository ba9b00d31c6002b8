import type { GenerateContext, Step } from './plan'
import { iso } from './plan'

/** Four ratings (one per SERVQUAL dimension) and an NPS score: five scored answers a response. */
const GENERATED_SURVEY = {
  title: { zh: '投诉处理满意度回访（生成）', en: 'How did we handle your complaint? (generated)' },
  intro: { zh: '请花 1 分钟告诉我们您的感受。', en: 'Please take a minute to tell us how it went.' },
  questions: [
    ...(
      [
        ['overall', 'reliability', '总体满意度', 'Overall'],
        ['response', 'responsiveness', '响应速度', 'Speed'],
        ['attitude', 'empathy', '态度', 'Courtesy'],
        ['explain', 'assurance', '解释', 'Explanations'],
      ] as const
    ).map(([id, dimension, zh, en]) => ({ id, type: 'csat', dimension, required: true, text: { zh, en } })),
    {
      id: 'recommend',
      type: 'nps',
      dimension: null,
      required: true,
      text: { zh: '推荐意愿', en: 'Recommend' },
    },
  ],
}
const SCORED = GENERATED_SURVEY.questions.length

/**
 * The satisfaction survey after closed complaints: one invitation for each of the closed complaints
 * picked by the seed, delivered a day after closing (never after asOf), five in six answered (exactly enough for
 * `surveyAnswers`). Answers
 * are satisfied (ratings 3–5, NPS 7–10): a dissatisfied one would open a follow-up task and reopen the
 * complaint, which the generator does not model.
 */
export function surveySteps({ size, rand, asOf }: GenerateContext): Step[] {
  const responses = Math.ceil(size.surveyAnswers / SCORED)
  const invitations = Math.ceil((responses * 6) / 5)
  const template = rand.uuid('survey-template', "'complaint'")
  const created = `${iso(asOf)} - interval '800 days'`
  const questions = `(values ${GENERATED_SURVEY.questions
    .map((q, i) => `('${q.id}', '${q.type}', ${q.dimension ? `'${q.dimension}'` : 'null'}, ${i})`)
    .join(', ')}) as q(id, type, dimension, i)`
  const score = `case when q.type = 'csat' then 3 + ${rand.int('survey-score', 'r.id::text || q.id')} % 3
                      else 7 + ${rand.int('survey-score', 'r.id::text || q.id')} % 4 end`
  return [
    {
      label: 'survey invitations and answers',
      rows: invitations,
      statements: [
        `insert into survey_templates (id, purpose, title_zh, title_en, created_by, created_at, updated_at)
         values (${template}, 'complaint', '${GENERATED_SURVEY.title.zh}', '${GENERATED_SURVEY.title.en}', 'generator', ${created}, ${created})`,
        `insert into survey_template_versions (template_id, version, content, created_by, created_at)
         values (${template}, 1, '${JSON.stringify(GENERATED_SURVEY)}'::jsonb, 'generator', ${created})`,
        `insert into survey_invitations (id, source, source_key, complaint_id, customer_id, station_id, region, kind,
           template_id, template_version, status, send_at, sent_at, expires_at, answered_at, created_at)
         select ${rand.uuid('invitation', 'c.number')}, 'complaint', 'complaint:' || c.id || ':v1', c.id, c.customer_id,
           c.station_id, o.region, c.kind, ${template}, 1,
           case when c.answered then 'answered' else 'sent' end,
           c.sent, c.sent, c.sent + interval '30 days', case when c.answered then c.answered_at end, c.closed_at
         from (select c.*, least(c.closed_at + interval '1 day', c.closed_at + (${iso(asOf)} - c.closed_at) / 3) as sent,
                      c.closed_at + (${iso(asOf)} - c.closed_at) * 2 / 3 as answered_at,
                      row_number() over (order by ${rand.int('survey-pick', 'c.number')}, c.number) <= ${responses} as answered
               from complaints c where c.status = 'closed'
               order by ${rand.int('survey-pick', 'c.number')}, c.number limit ${invitations}) c
         join organisations o on o.id = c.station_id`,
        `insert into survey_responses (id, invitation_id, template_id, template_version, answers, dissatisfied, answered_at)
         select ${rand.uuid('response', 'i.id::text')}, i.id, i.template_id, 1, '{}'::jsonb, false, i.answered_at
         from survey_invitations i where i.status = 'answered'`,
        `insert into survey_answer_items (id, response_id, invitation_id, question_id, type, dimension, score)
         select ${rand.uuid('answer', 'r.id::text || q.id')}, r.id, r.invitation_id, q.id, q.type, q.dimension, ${score}
         from survey_responses r cross join ${questions}`,
        // One grouped pass joined back by response id: the correlated form (a subquery per response)
        // scanned all answer items once per response, as survey_answer_items has no response_id index,
        // and ran for over an hour at full size without finishing.
        `update survey_responses r set answers = a.answers
         from (select response_id, jsonb_object_agg(question_id, score) as answers
               from survey_answer_items group by response_id) a
         where a.response_id = r.id`,
      ],
    },
  ]
}
