import type { GenerateContext, Step } from './plan'
import { chunks } from './plan'

const REGIONS = [
  '华北 North',
  '华东 East',
  '华南 South',
  '华中 Central',
  '西南 Southwest',
  '西北 Northwest',
  '东北 Northeast',
]
const PRODUCT_LINES = ['GEN-A', 'GEN-B', 'GEN-C', 'GEN-D']

/** HQ, the stations (dealers), the suppliers, product lines, parts with prices, and the customers. */
export function networkSteps({ size, rand, asOf }: GenerateContext): Step[] {
  const created = `'${asOf.toISOString()}'::timestamptz - interval '800 days'`
  return [
    {
      label: 'organisations',
      rows: 1 + size.stations + size.suppliers,
      statements: [
        `insert into organisations (id, kind, code, name_zh, name_en, region, created_at)
         values (${rand.uuid('org', "'hq'")}, 'hq', 'GEN-HQ', '总部', 'Headquarters', null, ${created})`,
        `insert into organisations (id, kind, code, name_zh, name_en, region, created_at)
         select ${rand.uuid('station', 'g')}, 'dealer', 'ST' || lpad(g::text, 5, '0'),
                '服务站 ' || g, 'Station ' || g, ${rand.pick('region', 'g', REGIONS)}, ${created}
         from generate_series(1, ${size.stations}) g`,
        `insert into organisations (id, kind, code, name_zh, name_en, region, created_at)
         select ${rand.uuid('supplier', 'g')}, 'supplier', 'SP' || lpad(g::text, 4, '0'),
                '供应商 ' || g, 'Supplier ' || g, null, ${created}
         from generate_series(1, ${size.suppliers}) g`,
      ],
    },
    {
      label: 'parts and prices',
      rows: size.parts * 2,
      statements: [
        `insert into product_lines (id, code, name_zh, name_en)
         select ${rand.uuid('line', 'code')}, code, '产品线 ' || code, 'Product line ' || code
         from unnest(array[${PRODUCT_LINES.map((l) => `'${l}'`).join(',')}]) code`,
        `insert into fee_parts (code, product_line_code, name_zh, name_en, return_required, created_at, updated_at)
         select 'P' || lpad(g::text, 6, '0'), (array[${PRODUCT_LINES.map((l) => `'${l}'`).join(',')}])[1 + g % ${PRODUCT_LINES.length}],
                '配件 ' || g, 'Part ' || g, ${rand.int('ret', 'g')} % 5 = 0, ${created}, ${created}
         from generate_series(1, ${size.parts}) g`,
        `insert into fee_part_prices (part_code, effective_from, cost_fen, list_fen, created_at)
         select 'P' || lpad(g::text, 6, '0'), '2020-01-01', 1000 + ${rand.int('cost', 'g')} % 100000,
                2000 + ${rand.int('cost', 'g')} % 100000 * 2, ${created}
         from generate_series(1, ${size.parts}) g`,
      ],
    },
    {
      label: 'customers',
      rows: size.complaints,
      statements: chunks(size.complaints, 200_000).map(
        ([a, b]) => `insert into customers (id, name, phone, key_account, created_at)
         select ${rand.uuid('customer', 'g')}, '客户' || g, '139' || lpad(g::text, 8, '0'),
                ${rand.int('key', 'g')} % 50 = 0, ${created}
         from generate_series(${a}, ${b}) g`,
      ),
    },
  ]
}
