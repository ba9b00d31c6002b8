import { execSync } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'
import { chinaDate } from '@asq/domain'

/** One line of bench/RESULTS.md: a figure beside its floor (measured in the same run) and its goal. */
export type Row = {
  benchmark: string
  figure: string
  floor: string
  /** figure ÷ floor in the unit the goal is stated in (e.g. throughput share, time multiple). */
  ratio: number | null
  goal: string
  /** null: reported only (no goal applies here, or it could not be measured in this run). */
  met: boolean | null
  note?: string
}

export type RunInfo = {
  size: string
  seed: number
  database: string
  generatedMs: number | null
  startedAt: Date
  loadAtStart: number
  connections: number
  seconds: number
  rowCounts: Record<string, number>
}

const fmtRatio = (r: number | null) => (r === null ? '—' : r >= 10 ? r.toFixed(0) : r.toFixed(2))
const fmtMet = (m: boolean | null) => (m === null ? 'reported' : m ? 'yes' : '**no**')
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

const commit = () => {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}

/** The whole RESULTS.md: machine, date (China time), commit, database and size, then one table. */
export function renderResults(info: RunInfo, rows: Row[], notes: string[]): string {
  const cpu = cpus()
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')
  const started = `${chinaDate(info.startedAt)} ${info.startedAt.toISOString().slice(11, 19)} UTC`
  const counts = Object.entries(info.rowCounts)
    .map(([k, n]) => `${n.toLocaleString('en-US')} ${k}`)
    .join(', ')
  return [
    '# Benchmarks: each figure beside its floor, measured in the same run',
    '',
    'Written by `pnpm bench` (bench/src/run/cli.ts); the benchmarks are bench/src/benchmarks/, one file each.',
    '',
    `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB memory, load average ${info.loadAtStart.toFixed(1)} at the start and ${load} (1/5/15 min) at the end (the machine is shared: other work slows every figure)`,
    `- Date: ${started} (China date ${chinaDate(new Date())} at the end), Node ${process.version}, commit ${commit()}`,
    `- Database: ${info.database}; generator \`--size ${info.size} --seed ${info.seed}\` ${info.generatedMs === null ? 'before this run (`pnpm bench:data`)' : `in ${(info.generatedMs / 1000).toFixed(1)} s`}: ${counts}`,
    `- Load: ${info.connections} connections for ${info.seconds} s per list figure (closed loop, loopback HTTP)`,
    '',
    '| benchmark | figure | floor | ratio | goal | goal met |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${cell(r.benchmark)} | ${cell(r.figure)} | ${cell(r.floor)} | ${fmtRatio(r.ratio)} | ${cell(r.goal)} | ${fmtMet(r.met)} |`,
    ),
    '',
    ...(notes.length ? ['## Notes', '', ...notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n')
}
