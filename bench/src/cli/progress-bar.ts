import type { Progress } from '../generate/generate'

/** A one-line progress bar on a terminal; one line per tick when the output is a file (CI logs). */
export function progressBar(out: NodeJS.WriteStream = process.stderr): Progress {
  return ({ step, done, total, elapsedMs }) => {
    const share = total ? done / total : 1
    const bar = '#'.repeat(Math.round(share * 30)).padEnd(30, '.')
    const line = `[${bar}] ${(share * 100).toFixed(0).padStart(3)}%  ${(elapsedMs / 1000).toFixed(1)} s  ${step}`
    out.write(out.isTTY ? `\r${line.padEnd(100)}` : `${line}\n`)
  }
}
