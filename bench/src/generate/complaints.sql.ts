import { CAUSES, CHANNELS, KINDS, OPEN_STATUSES, SEVERITIES } from '@asq/domain'
import type { GenerateContext, Step } from './plan'
import { chunks, iso } from './plan'

/** The status path from "new" to each status, along the domain's transitions (checked by the test). */
const PATHS: Record<string, string[]> = {
  new: [],
  responded: ['responded'],
  in_progress: ['responded', 'in_progress'],
  awaiting_parts: ['responded', 'in_progress', 'awaiting_parts'],
  awaiting_customer: ['responded', 'in_progress', 'awaiting_customer'],
  awaiting_tech: ['responded', 'in_progress', 'awaiting_tech'],
  resolved: ['responded', 'in_progress', 'resolved'],
  follow_up: ['responded', 'in_progress', 'resolved', 'follow_up'],
  closed: ['responded', 'in_progress', 'resolved', 'follow_up', 'closed'],
}
/** The customer-visible event that goes with entering a status (what the apps' timelines show). */
const COMPANION: Record<string, [string, string] | undefined> = {
  responded: ['responded', `'{"contactChannel":"phone","note":"已联系客户 contacted"}'`],
  in_progress: ['handling_started', `'{}'`],
  resolved: ['resolved', `'{"result":"已处理 handled"}'`],
  follow_up: ['follow_up_started', `'{}'`],
  closed: ['closed', `'{}'`],
}
const SUMMARIES = [
  '发动机异响 Engine noise',
  '空调不制冷 A/C not cooling',
  '维修等待过长 Long wait',
  '收费不透明 Unclear fees',
  '配件缺货 Part out of stock',
  '服务态度差 Poor attitude',
]

const pathValues = () =>
  Object.entries(PATHS)
    .flatMap(([target, path]) =>
      path.map((to, i) => {
        const comp = COMPANION[to]
        const c = comp ? `'${comp[0]}', ${comp[1]}::jsonb` : 'null, null::jsonb'
        return `('${target}', ${i + 1}, ${path.length}, '${i === 0 ? 'new' : path[i - 1]}', '${to}', ${c})`
      }),
    )
    .join(',\n')

/** When step k of n happens: a few hours apart, and never after the generator's "now". */
const stepAt = (
  rand: GenerateContext['rand'],
  asOf: Date,
  opened: string,
  num: string,
  k: string,
  n: string,
) =>
  `${opened} + least(interval '1 hour' * ${k} * (2 + ${rand.int('ev', num)} % 30), (${iso(asOf)} - ${opened}) * (${k}::float8 / (${n} + 1)))`

/**
 * Complaints opened evenly over the months before `asOf`, numbered per year, with event histories that
 * walk the domain's status transitions to their status (old cases mostly closed, recent ones open).
 */
export function complaintSteps({ size, rand, asOf }: GenerateContext): Step[] {
  const start = Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() - size.months, 1)
  const stepMs = Math.floor((asOf.getTime() - start) / size.complaints)
  const years: [number, number][] = []
  for (let y = new Date(start).getUTCFullYear(); y <= asOf.getUTCFullYear(); y++)
    years.push([y, Math.max(1, Math.ceil((Date.UTC(y, 0, 1) - start) / stepMs) + 1)])
  const yearOf = `case ${years
    .map(([y, fg]) => `when g >= ${fg} then ${y}`)
    .reverse()
    .join(' ')} end`
  const firstOf = `case ${years
    .map(([, fg]) => `when g >= ${fg} then ${fg}`)
    .reverse()
    .join(' ')} end`
  const recent = `${iso(asOf)} - interval '14 days'`
  const statements = chunks(size.complaints, 100_000).map(
    ([a, b]) => `with path (target, k, n, from_s, to_s, comp_type, comp_data) as (values ${pathValues()}),
    x as (
      select g, 'CP-' || ${yearOf} || '-' || lpad((g - ${firstOf} + 1)::text, 6, '0') as number,
             ${iso(new Date(start))} + interval '1 millisecond' * ${stepMs} * (g - 1) as opened_at,
             ${rand.int('status', 'g')} % 100 as p
      from generate_series(${a}, ${b}) g
    ),
    y as (
      select x.*, case when x.p < (case when x.opened_at < ${recent} then 96 else 30 end) then 'closed'
                       else ${rand.pick('open', 'x.g', OPEN_STATUSES)} end as status
      from x
    ),
    c as (
      insert into complaints (id, number, channel, kind, severity, cause, status, customer_id, vin, station_id,
        responsible_unit, summary, description, result, follow_up, opened_at, closed_at, next_due_at, updated_at)
      select ${rand.uuid('complaint', 'g')}, number, ${rand.pick('channel', 'g', CHANNELS)},
        ${rand.pick('kind', 'g', KINDS)}, ${rand.pick('severity', 'g', SEVERITIES)}, ${rand.pick('cause', 'g', CAUSES)},
        status, ${rand.uuid('customer', 'g')}, 'LGEN' || lpad(g::text, 13, '0'),
        ${rand.uuid('station', `1 + ${rand.int('station', 'g')} % ${size.stations}`)}, 'station',
        ${rand.pick('summary', 'g', SUMMARIES)}, '客户反映问题，详见电话记录。 The customer reported the problem by phone.',
        case when status in ('resolved', 'follow_up', 'closed') then '已处理 handled' end,
        case when status = 'closed' then jsonb_build_object('satisfied', true, 'note', '满意 satisfied', 'by', 'staff',
          'at', to_json(${stepAt(rand, asOf, 'opened_at', 'number', '5', '5')})) end,
        opened_at,
        case when status = 'closed' then ${stepAt(rand, asOf, 'opened_at', 'number', '5', '5')} end,
        case when status <> 'closed' then opened_at + interval '24 hours' * (1 + p % 5) end,
        opened_at
      from y
      returning id, number, status, severity, channel, opened_at
    )
    insert into complaint_events (complaint_id, seq, at, type, visibility, actor_label, data)
    select c.id, 1, c.opened_at, 'opened', 'customer', '生成器 generator',
           jsonb_build_object('severity', c.severity, 'channel', c.channel, 'hasStation', true)
    from c
    union all
    select c.id, 2 * p.k, ${stepAt(rand, asOf, 'c.opened_at', 'c.number', 'p.k', 'p.n')}, 'status', 'internal',
           '生成器 generator', jsonb_build_object('from', p.from_s, 'to', p.to_s, 'reason', null)
    from c join path p on p.target = c.status
    union all
    select c.id, 2 * p.k + 1, ${stepAt(rand, asOf, 'c.opened_at', 'c.number', 'p.k', 'p.n')}, p.comp_type, 'customer',
           '生成器 generator', p.comp_data
    from c join path p on p.target = c.status where p.comp_type is not null`,
  )
  return [
    { label: 'complaints and their events', rows: size.complaints, statements },
    {
      label: 'complaint counters',
      rows: years.length,
      statements: [
        `insert into complaint_counters (year, last)
         select substr(number, 4, 4)::int, max(substr(number, 9)::int) from complaints group by 1
         on conflict (year) do update set last = excluded.last`,
      ],
    },
  ]
}
