import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** pdftotext (poppler-utils): the browser tests read the text of the PDFs the apps download. */
const PDFTOTEXT = '/usr/bin/pdftotext'

/**
 * Debian's chromium (and the CJK fonts it renders Chinese with, and poppler-utils to read downloaded
 * PDFs), installed with apt-get when missing. Never a downloaded browser build.
 */
export function ensureBrowserTools(): void {
  if (existsSync(CHROMIUM) && existsSync(PDFTOTEXT)) return
  const asRoot = process.getuid?.() === 0
  const apt = (args: string[]) =>
    execFileSync(asRoot ? 'apt-get' : 'sudo', asRoot ? args : ['apt-get', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  apt(['update', '-qq'])
  apt(['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk', 'poppler-utils'])
  if (!existsSync(CHROMIUM)) throw new Error(`chromium is still missing at ${CHROMIUM}`)
  if (!existsSync(PDFTOTEXT)) throw new Error(`pdftotext is still missing at ${PDFTOTEXT}`)
}
