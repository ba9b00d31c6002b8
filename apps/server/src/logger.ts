/** Structured JSON logs, one object per line, to stdout (errors to stderr). */
export type Logger = (entry: Record<string, unknown>) => void

export const log: Logger = (entry) => {
  const line = JSON.stringify({ time: new Date().toISOString(), level: 'info', ...entry })
  if (entry.level === 'error') process.stderr.write(`${line}\n`)
  else process.stdout.write(`${line}\n`)
}
