/**
 * Peak RSS of a streamed export (CSV and XLSX) of 1 000 000 rows beside its floor, 10 000 rows, in the
 * same process: constant memory means the two peaks differ by little. The rows are synthetic audit-log
 * rows (an instant, an actor, an action, an entity, a number, a Chinese text) produced one at a time,
 * so the figure is the writer's, not the database driver's.
 *   pnpm --filter @asq/bench exec tsx src/export-memory.ts [rows]
 */
import { exportStream } from '@asq/api'

type Cell = string | number | Date | null
const columns = [
  { header: '时间 At' },
  { header: '操作人 Actor' },
  { header: '操作 Action' },
  { header: '对象 Entity' },
  { header: '金额(元) Amount', numFmt: '0.00' },
  { header: '说明 Note' },
]
async function* rows(n: number): AsyncGenerator<Cell[]> {
  const start = Date.UTC(2026, 0, 1)
  for (let i = 0; i < n; i++)
    yield [
      new Date(start + i * 1000),
      `station-${i % 500}`,
      'reimbursement.decide',
      `claim-${i}`,
      (i % 100_000) / 100,
      `前大灯总成 第${i}行`,
    ]
}

async function measure(format: 'csv' | 'xlsx', n: number) {
  global.gc?.()
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 20)
  const started = performance.now()
  let bytes = 0
  const reader = exportStream(format, '审计日志', columns, rows(n)).getReader()
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    bytes += r.value.byteLength
    peak = Math.max(peak, process.memoryUsage().rss)
  }
  clearInterval(timer)
  return {
    format,
    rows: n,
    mb: bytes / 1e6,
    peakRssMb: peak / 1e6,
    seconds: (performance.now() - started) / 1000,
  }
}

const big = Number(process.argv[2] ?? 1_000_000)
const results = []
for (const format of (process.argv[3] ?? 'csv,xlsx').split(',') as ('csv' | 'xlsx')[]) {
  results.push(await measure(format, 10_000)) // the floor
  results.push(await measure(format, big))
}
console.log('| format | rows | file (MB) | peak RSS (MB) | seconds |\n| --- | ---: | ---: | ---: | ---: |')
for (const r of results)
  console.log(
    `| ${r.format} | ${r.rows} | ${r.mb.toFixed(1)} | ${r.peakRssMb.toFixed(0)} | ${r.seconds.toFixed(1)} |`,
  )
