import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chinaMonth, shiftPeriod } from '@asq/domain'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { animationsDone, artifacts, launch, snap } from './setup/browser'
import { freePort } from './setup/free-port'

/**
 * The monthly in-warranty parts reimbursement of issue 5, as its people live it: 上海浦东服务站 imports
 * last month's repair orders (one row is wrong, fixed, imported again), checks and submits; HQ finance
 * rejects one line and approves the rest; finance runs the settlement from the settlement page (and a
 * second run pays nothing twice); the station downloads its statement and sees its balance.
 */
let browser: Browser
let station: Session
let finance: Session

/**
 * Last month's repairs are priced at the fee rules in force last month, and the fee API rightly refuses
 * to back-date rules. Until the demo seed carries back-dated fee rules, this story runs on a server of
 * its own: the demo database is created as usual, then the reimbursement tests' fee rules (parts, prices,
 * 36-month warranty, approved standards since 2024 — `setUpFeeRules`) are laid down before it starts.
 */
const repo = fileURLToPath(new URL('../..', import.meta.url))
const serverDir = join(repo, 'apps/server')
const FEE_RULES = join(repo, 'packages/api/src/authz-matrix/reimbursement.fixtures.ts')
let server: ChildProcess | null = null
let dataDir = ''
let url = ''

async function startServer(attempt = 1): Promise<void> {
  const port = await freePort()
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  url = `http://127.0.0.1:${port}`
  // As long as the global setup waits: on a loaded machine migrations and the seed take minutes.
  for (const deadline = Date.now() + 300_000; ; ) {
    if (child.exitCode !== null) {
      // The port may have been taken between choosing and binding it: choose again, once.
      if (attempt === 1 && output.includes('EADDRINUSE')) return startServer(2)
      throw new Error(`server exited (${child.exitCode}):\n${output}`)
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`)
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    await new Promise((r) => setTimeout(r, 250))
  }
  server = child
}
async function stopServer(): Promise<void> {
  if (!server) return
  const exited = new Promise((r) => server!.once('exit', r))
  server.kill('SIGTERM')
  await exited
  server = null
}
type Row = { ro: string; day: string; part: string; qty: number; hours: number; reg: string }
/** The month's repair orders: 刘洋's X7, a blower motor twice and a headlamp, old parts registered. */
const PLAN = [
  { ro: 'SH-RO-E2E-001', day: '05', part: 'blower', qty: 1, hours: 1.5 },
  { ro: 'SH-RO-E2E-002', day: '12', part: 'headlamp', qty: 1, hours: 2 },
  { ro: 'SH-RO-E2E-003', day: '19', part: 'blower', qty: 1, hours: 1 },
] as const

/**
 * Lays the fee rules down in the stopped server's database and registers the replaced old parts in
 * the station's register (the workshop did that last month); returns the month's rows.
 */
function layDownFeeRules(): Row[] {
  const script = `
    import { createRepositories, openDatabase } from '@asq/db'
    import { PARTS, registerOldPart, setUpFeeRules } from ${JSON.stringify(FEE_RULES)}
    const h = await openDatabase({ dataDir: ${JSON.stringify(join(dataDir, 'pglite'))} })
    const repos = createRepositories(h.db)
    const now = new Date()
    await setUpFeeRules(repos, now)
    const dealer = (await repos.organisations.list({ kind: 'dealer' })).find((o) => o.code === ${JSON.stringify(DEALER)})
    const rows = []
    for (const p of ${JSON.stringify(PLAN)}) {
      const part = PARTS[p.part]
      const repairDate = ${JSON.stringify(PERIOD)} + '-' + p.day
      const reg = await registerOldPart(repos, dealer.id, { partCode: part.code, line: part.line, serial: ${JSON.stringify(VIN)}, replacedOn: repairDate, returnDeadline: '2099-12-31' }, now)
      rows.push({ ...p, part: part.code, reg: reg.registrationNumber })
    }
    process.stdout.write(JSON.stringify(rows))
    process.exit(0)`
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: serverDir,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return JSON.parse(out.toString()) as Row[]
}

/** The API over HTTP as the apps call it (tRPC, superjson envelope). */
type Session = { cookie: string }
async function signIn(username: string): Promise<Session> {
  const res = await fetch(`${url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ json: { username, password: 'demo123456' } }),
  })
  if (!res.ok) throw new Error(`sign-in of ${username} failed: ${res.status}`)
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]! }
}
/** What a person sees through the API, for checks beside the screens (reads only). */
async function query<T>(s: Session, path: string, input: unknown): Promise<T> {
  const q = encodeURIComponent(JSON.stringify({ json: input }))
  const res = await fetch(`${url}/trpc/${path}?input=${q}`, { headers: { cookie: s.cookie } })
  const body = (await res.json()) as { result?: { data: { json: T } }; error?: unknown }
  if (!res.ok || !body.result) throw new Error(`${path} failed: ${res.status} ${JSON.stringify(body.error)}`)
  return body.result.data.json
}

/** 刘洋's X7 at 上海浦东 (demo network), bought 2026-03: under warranty. */
const VIN = 'LHX7D4567N0000004'
const DEALER = 'D-SH01'

/** The settled month: last month in China time (settlement only runs on finished months). */
const PERIOD = shiftPeriod(chinaMonth(new Date()), -1)
const yuan = (fen: number) =>
  `${fen < 0 ? '-' : ''}¥${Math.floor(Math.abs(fen) / 100).toLocaleString('zh-CN')}.${String(Math.abs(fen) % 100).padStart(2, '0')}`

let rows: Row[] = []
let claimId = ''

const HEADER = [
  '维修单号 Repair order',
  '维修日期 Repair date',
  '车架号/序列号 VIN/Serial',
  '配件编号 Part code',
  '数量 Quantity',
  '工时 Labour hours',
  '旧件登记号 Old-part registration',
]
function csvFile(name: string, lines: Row[]): string {
  const body = lines.map((r) => [r.ro, `${PERIOD}-${r.day}`, VIN, r.part, r.qty, r.hours, r.reg].join(','))
  mkdirSync(artifacts, { recursive: true })
  const path = join(artifacts, name)
  writeFileSync(path, `\uFEFF${[HEADER.join(','), ...body].join('\r\n')}\r\n`)
  return path
}

async function signInOn(page: Page, app: 'admin' | 'dealer', username: string, path: string) {
  await page.goto(`${url}/${app}/`)
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill('demo123456')
  await page.getByTestId('login-submit').click()
  await page.getByTestId('home').waitFor({ timeout: 20_000 })
  await page.goto(`${url}/${app}${path}`)
}
const confirmBox = (page: Page) => page.locator('.el-message-box .el-button--primary').click()

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'asq-e2e-reimbursement-'))
  await startServer() // migrations and the demo network
  await stopServer()
  rows = layDownFeeRules()
  await startServer()
  browser = await launch()
  station = await signIn('sh.manager')
  finance = await signIn('finance')
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await stopServer()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe("a station's month is claimed, audited line by line, settled once and paid into its account", () => {
  it('HQ gives stations until the end of this month to submit last month', async () => {
    // Last month can be submitted up to the deadline day of this month; 31 means the month's last day,
    // so the story works whatever day it runs on.
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInOn(page, 'admin', 'admin', '/reimbursement/settings')
    const day = page.getByTestId('settings-deadline').locator('input')
    await day.fill('31')
    await day.blur()
    await page.getByTestId('settings-save').click()
    await page.getByText('已保存').waitFor()
    await snap(page, 'reimbursement-01-admin-settings')
    await page.close()
    const s = await query<{ submissionDeadlineDay: number }>(finance, 'reimbursement.hq.settings', {})
    expect(s.submissionDeadlineDay).toBe(31)
  })

  it('the station imports the month: a wrong row refuses the whole file, the fixed file imports', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInOn(page, 'dealer', 'sh.manager', `/reimbursement?period=${PERIOD}`)
    await page.getByTestId('claim-status').getByText('草稿').waitFor()
    await page.getByTestId('import-open').click()

    const bad = rows.map((r, i) => (i === 2 ? { ...r, qty: -1 } : r))
    await page.getByTestId('import-file').setInputFiles(csvFile('reimbursement-bad.csv', bad))
    await page.getByTestId('import-start').click()
    const errors = page.getByTestId('import-errors')
    await errors.waitFor()
    await expect.poll(() => errors.innerText()).toContain('4')
    expect(await errors.innerText()).toContain('数量')
    await animationsDone(page) // the progress bar finishes its animation
    await snap(page, 'reimbursement-02-dealer-import-refused')
    expect(await page.getByTestId('claim-lines-count').innerText()).toBe('0')

    await page.getByTestId('import-file').setInputFiles(csvFile('reimbursement-good.csv', rows))
    await page.getByTestId('import-start').click()
    await page.getByTestId('import-message').getByText('已导入 3 行').waitFor()
    await animationsDone(page)
    await snap(page, 'reimbursement-03-dealer-imported')
    await page.keyboard.press('Escape')
    expect(await page.getByTestId('claim-lines-count').innerText()).toBe('3')

    await page.getByTestId('claim-validate').click()
    await page.getByTestId('claim-validation').getByText('全部明细通过检查').waitFor()
    await snap(page, 'reimbursement-04-dealer-checked')

    // A double click on submit is one intent: one key, one claim.
    await page.getByTestId('claim-submit').dblclick()
    await page.locator('.el-message-box').getByText('提交').first().waitFor()
    await confirmBox(page)
    await page.getByTestId('claim-status').getByText('已提交').waitFor()
    await snap(page, 'reimbursement-05-dealer-submitted')
    await page.close()

    const claims = await query<{ items: { id: string; period: string; status: string }[] }>(
      station,
      'reimbursement.dealer.claims',
      { period: PERIOD },
    )
    expect(claims.items.map((c) => c.status)).toEqual(['submitted'])
    claimId = claims.items[0]!.id
  })

  it('the seeded Beijing claim is withdrawn, checked afresh and submitted again (issue 12, defect 11)', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInOn(page, 'dealer', 'bj.manager', `/reimbursement?period=${PERIOD}`)
    await page.getByTestId('claim-status').getByText('已提交').waitFor()
    await page.getByTestId('claim-withdraw').click()
    await confirmBox(page)
    await page.getByTestId('claim-status').getByText('草稿').waitFor()
    // Each line's old part is one of the station's register (JJ…), and the check on load says so.
    const lines = page.getByTestId('claim-lines')
    expect((await lines.innerText()).match(/JJ\d{8}-[0-9A-F]{10}/g)).toHaveLength(2)
    await expect.poll(() => page.getByTestId('line-problems-1').innerText()).toBe('通过检查')
    expect(await page.getByTestId('line-problems-2').innerText()).toBe('通过检查')

    // Issue 12, defect 2: the line dialog says what is wrong in Chinese, on the field, before any request.
    await page.getByTestId('line-add').click()
    await page.getByTestId('line-save').click()
    const fieldError = (id: string) => page.locator(`[data-testid="${id}"].is-error .el-form-item__error`)
    await expect.poll(() => fieldError('line-ro-item').innerText()).toBe('必填')
    expect(await fieldError('line-date-item').innerText()).toBe('必填')
    await page.getByTestId('line-ro').fill('RO 0001')
    await page.getByTestId('line-save').click()
    await expect.poll(() => fieldError('line-ro-item').innerText()).toBe('仅限字母、数字和 . _ / -')
    expect(await page.getByTestId('line-dialog').innerText()).not.toMatch(/required|YYYY-MM-DD/)
    await snap(page, 'reimbursement-05a-dealer-line-dialog-errors')
    await page.keyboard.press('Escape')

    await page.getByTestId('claim-validate').click()
    await page.getByTestId('claim-validation').getByText('全部明细通过检查').waitFor()
    await snap(page, 'reimbursement-05b-dealer-seeded-claim-rechecked')
    await page.getByTestId('claim-submit').click()
    await confirmBox(page)
    await page.getByTestId('claim-status').getByText('已提交').waitFor()
    await page.close()
  })

  it('HQ finance rejects one line with a reason and approves the rest in bulk', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInOn(page, 'admin', 'finance', '/reimbursement')
    await page.getByTestId(`queue-open-${DEALER}-${PERIOD}`).click()
    await page.getByTestId('audit-lines').waitFor()
    await page.getByTestId('line-reject-2').click()
    await page.getByTestId('decision-reason').click()
    await page.locator('.el-select-dropdown__item').getByText('旧件未回收').click()
    await page.getByTestId('decision-text').fill('旧件未寄回总部 Old part not sent back')
    await expect.poll(() => page.locator('.el-select-dropdown:visible').count()).toBe(0) // the list of reasons closed
    await snap(page, 'reimbursement-06-admin-reject')
    await page.getByTestId('decision-confirm').click()
    await page.getByTestId('audit-decision-2').getByText('驳回').waitFor()

    const body = page.getByTestId('audit-lines').locator('.el-table__body-wrapper tbody tr.el-table__row')
    await body.nth(0).locator('.el-checkbox').click()
    await body.nth(2).locator('.el-checkbox').click()
    await page.getByTestId('bulk-approve').click()
    await confirmBox(page)
    await page.getByTestId('audit-status').getByText('已审核').waitFor()
    await snap(page, 'reimbursement-07-admin-audited')
    await page.close()

    const c = await query<{
      status: string
      lines: { seq: number; decision: string; reasonCode: string | null }[]
    }>(finance, 'reimbursement.hq.claim', { id: claimId })
    expect(c.status).toBe('audited')
    expect(c.lines.map((l) => [l.seq, l.decision, l.reasonCode])).toEqual([
      [1, 'approved', null],
      [2, 'rejected', 'old_part_missing'],
      [3, 'approved', null],
    ])
  })

  it('finance previews and runs the settlement; running it again pays nothing twice', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInOn(page, 'admin', 'finance', '/reimbursement/settlement')
    await page.getByTestId('settlement-preview').getByText(DEALER).waitFor()
    await snap(page, 'reimbursement-08-admin-preview')
    await page.getByTestId('settlement-run').click()
    await confirmBox(page)
    await page.getByTestId(`outcome-${DEALER}`).getByText('本次结算').waitFor()
    await snap(page, 'reimbursement-09-admin-settled')

    await page.getByTestId('settlement-run').click()
    await confirmBox(page)
    await page.getByTestId(`outcome-${DEALER}`).getByText('已结算过').waitFor()
    expect(await page.getByTestId('settlement-summary').innerText()).toContain('没有重复付款')
    await snap(page, 'reimbursement-10-admin-rerun')
    await page.close()
  })

  it('the station sees the decisions, downloads its statement and sees its balance', async () => {
    const claim = await query<{ status: string; totals: { approvedFen: number } }>(
      station,
      'reimbursement.dealer.claim',
      { id: claimId },
    )
    expect(claim.status).toBe('settled')
    const statements = await query<{ items: { period: string; netFen: number; deductionsFen: number }[] }>(
      station,
      'reimbursement.dealer.statements',
      { period: PERIOD },
    )
    expect(statements.items).toHaveLength(1)
    expect(statements.items[0]!.netFen).toBe(claim.totals.approvedFen - statements.items[0]!.deductionsFen)
    const account = await query<{ balanceFen: number; items: { causeType: string }[] }>(
      station,
      'reimbursement.dealer.account',
      { page: 1, pageSize: 50 },
    )
    expect(account.items.filter((e) => e.causeType === 'claim_line')).toHaveLength(2)

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })
    await signInOn(page, 'dealer', 'sh.manager', `/reimbursement?period=${PERIOD}`)
    await page.getByTestId('claim-status').getByText('已结算').waitFor()
    expect(await page.getByTestId('line-decision-2').innerText()).toContain('旧件未回收')
    await snap(page, 'reimbursement-11-dealer-decisions')

    await page.goto(`${url}/dealer/reimbursement/account`)
    await page.getByTestId('account-balance').getByText(yuan(account.balanceFen)).waitFor()
    for (const format of ['pdf', 'xlsx'] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`statement-${format}-${PERIOD}`).click(),
      ])
      const file = join(artifacts, `reimbursement-statement.${format}`)
      await download.saveAs(file)
      const bytes = readFileSync(file)
      expect(download.suggestedFilename()).toMatch(new RegExp(`^ST-${PERIOD}-${DEALER}\\.${format}$`))
      expect(bytes.length).toBeGreaterThan(1000)
      expect(bytes.subarray(0, 4).toString('latin1')).toBe(format === 'pdf' ? '%PDF' : 'PK\u0003\u0004')
    }
    await snap(page, 'reimbursement-12-dealer-account')
    await page.close()
  })
})
