import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  answerSurveyInput,
  campaignAudienceInput,
  createCampaignInput,
  listFollowUpsInput,
  openSurveyInput,
  recordCallInput,
  segmentSchema,
  sendCampaignInput,
  sendRenewalInput,
  stationScoresInput,
  surveyCommentsInput,
  surveyFilterSchema,
} from './survey.schema'

const ID = '3f2b8c1e-5d4a-4b6c-9e8f-1a2b3c4d5e6f'
const TOKEN = `${'Ab3_-xYz09'.repeat(4)}abc` // 43 base64url characters, as issued

/** The output of a valid input, or the path of the first problem of an invalid one. */
const check = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input)
  return r.success ? { ok: r.data } : { path: r.error.issues[0]!.path.join('.') }
}

describe('a survey link token', () => {
  it.each([
    ['as issued', TOKEN, { ok: { token: TOKEN } }],
    ['of 20 characters', 'a'.repeat(20), { ok: { token: 'a'.repeat(20) } }],
    ['of 100 characters', 'Z'.repeat(100), { ok: { token: 'Z'.repeat(100) } }],
    ['with spaces around it (trimmed)', `  ${TOKEN} `, { ok: { token: TOKEN } }],
    ['of 19 characters', 'a'.repeat(19), { path: 'token' }],
    ['of 101 characters', 'a'.repeat(101), { path: 'token' }],
    ['with a dot at the end', `${TOKEN}.`, { path: 'token' }],
    ['with a slash at the start', `/${TOKEN}`, { path: 'token' }],
    ['with a space inside', `${TOKEN.slice(0, 20)} ${TOKEN.slice(20)}`, { path: 'token' }],
    ['of other characters only', '%'.repeat(30), { path: 'token' }],
    ['missing', undefined, { path: 'token' }],
  ])('%s', (_n, token, want) => {
    expect(check(openSurveyInput, { token })).toEqual(want)
  })

  it('carries the answers beside it', () => {
    expect(check(answerSurveyInput, { token: TOKEN, answers: { overall: 4, comment: null } })).toEqual({
      ok: { token: TOKEN, answers: { overall: 4, comment: null } },
    })
    expect(check(answerSurveyInput, { token: 'short', answers: {} })).toEqual({ path: 'token' })
  })
})

describe('a campaign segment', () => {
  it.each([
    ['nothing: key accounts of the whole network', {}, { ok: { keyAccountsOnly: true } }],
    ['everyone', { keyAccountsOnly: false }, { ok: { keyAccountsOnly: false } }],
    ['one station', { stationId: ID }, { ok: { keyAccountsOnly: true, stationId: ID } }],
    ['one region (trimmed)', { region: ' 华北 ' }, { ok: { keyAccountsOnly: true, region: '华北' } }],
    ['a region of 1 character', { region: 'N' }, { ok: { keyAccountsOnly: true, region: 'N' } }],
    ['a region of 60', { region: 'r'.repeat(60) }, { ok: { keyAccountsOnly: true, region: 'r'.repeat(60) } }],
    ['a region of 61', { region: 'r'.repeat(61) }, { path: 'region' }],
    ['a blank region', { region: '   ' }, { path: 'region' }],
    ['a station and a region', { stationId: ID, region: '华北' }, { path: 'region' }],
    ['a station that is no id', { stationId: 'bj' }, { path: 'stationId' }],
  ])('%s', (_n, segment, want) => {
    expect(check(segmentSchema, segment)).toEqual(want)
  })

  it('refuses a station and a region together as a rule of its own', () => {
    const r = segmentSchema.safeParse({ stationId: ID, region: '华北' })
    expect(r.error?.issues.map((i) => ({ code: i.code, path: i.path }))).toEqual([
      { code: 'custom', path: ['region'] },
    ])
  })

  it('is the audience of a campaign', () => {
    expect(check(campaignAudienceInput, { segment: { region: '华东' } })).toEqual({
      ok: { segment: { keyAccountsOnly: true, region: '华东' } },
    })
    expect(check(campaignAudienceInput, { segment: { stationId: ID, region: '华东' } })).toEqual({
      path: 'segment.region',
    })
  })
})

describe('a new campaign', () => {
  const base = { name: '2026 下半年大客户回访', period: '2026-H2', templateId: ID, segment: {} }
  const out = { ...base, segment: { keyAccountsOnly: true } }
  it.each([
    ['as the form sends it', {}, { ok: out }],
    ['without a period', { period: undefined }, { ok: { ...out, period: undefined } }],
    ['the first half-year', { period: '2027-H1' }, { ok: { ...out, period: '2027-H1' } }],
    ['a period with spaces (trimmed)', { period: ' 2026-H2 ' }, { ok: out }],
    ['a name with spaces (trimmed)', { name: `  ${base.name}  ` }, { ok: out }],
    ['a name of 1 character', { name: 'A' }, { ok: { ...out, name: 'A' } }],
    ['a name of 120', { name: 'n'.repeat(120) }, { ok: { ...out, name: 'n'.repeat(120) } }],
    ['a name of 121', { name: 'n'.repeat(121) }, { path: 'name' }],
    ['a blank name', { name: '  ' }, { path: 'name' }],
    ['a third half-year', { period: '2026-H3' }, { path: 'period' }],
    ['a half-year H0', { period: '2026-H0' }, { path: 'period' }],
    ['a two-digit year', { period: '26-H1' }, { path: 'period' }],
    ['letters for the year', { period: 'abcd-H1' }, { path: 'period' }],
    ['something before the period', { period: 'FY2026-H1' }, { path: 'period' }],
    ['something after the period', { period: '2026-H1b' }, { path: 'period' }],
    ['a template that is no id', { templateId: 'tpl-1' }, { path: 'templateId' }],
    ['no segment', { segment: undefined }, { path: 'segment' }],
  ])('%s', (_n, patch, want) => {
    expect(check(createCampaignInput, { ...base, ...patch })).toEqual(want)
  })
})

describe('commands on a version', () => {
  it.each([
    ['send a campaign', sendCampaignInput],
    ['send a renewed survey', sendRenewalInput],
  ])('%s: the id and the version the editor saw', (_n, schema) => {
    expect(check(schema, { id: ID, version: 1 })).toEqual({ ok: { id: ID, version: 1 } })
    expect(check(schema, { id: ID, version: 0 })).toEqual({ path: 'version' })
    expect(check(schema, { id: 'x', version: 1 })).toEqual({ path: 'id' })
  })

  const call = { id: ID, version: 3, satisfied: false, note: '客户仍不满意' }
  it.each([
    ['a call', {}, { ok: call }],
    ['a note with spaces (trimmed)', { note: ' 客户仍不满意\n' }, { ok: call }],
    ['a note of 1 character', { note: '好' }, { ok: { ...call, note: '好' } }],
    ['a note of 1000', { note: 'n'.repeat(1000) }, { ok: { ...call, note: 'n'.repeat(1000) } }],
    ['a note of 1001', { note: 'n'.repeat(1001) }, { path: 'note' }],
    ['a blank note', { note: ' \n ' }, { path: 'note' }],
    ['no answer whether satisfied', { satisfied: undefined }, { path: 'satisfied' }],
  ])('record %s', (_n, patch, want) => {
    expect(check(recordCallInput, { ...call, ...patch })).toEqual(want)
  })
})

describe('filters of the results', () => {
  const all = {
    from: '2026-07-01',
    to: '2026-12-31',
    stationId: ID,
    region: '华东',
    kind: 'claim',
    source: 'campaign',
    templateId: ID,
  }
  it.each([
    ['every filter', all, { ok: all }],
    ['none', {}, { ok: {} }],
    ['a region with spaces (trimmed)', { region: ' 华东 ' }, { ok: { region: '华东' } }],
    ['a region of 60', { region: 'r'.repeat(60) }, { ok: { region: 'r'.repeat(60) } }],
    ['a region of 61', { region: 'r'.repeat(61) }, { path: 'region' }],
    ['an impossible date', { from: '2026-02-30' }, { path: 'from' }],
    ['an unknown kind', { kind: 'warranty' }, { path: 'kind' }],
    ['an unknown source', { source: 'sms' }, { path: 'source' }],
  ])('%s', (_n, filter, want) => {
    expect(check(surveyFilterSchema, filter)).toEqual(want)
  })

  it('pages the comments, 20 to a page unless asked', () => {
    expect(check(surveyCommentsInput, { region: '华东' })).toEqual({
      ok: { region: '华东', page: 1, pageSize: 20 },
    })
    expect(check(surveyCommentsInput, { page: 2, pageSize: 50 })).toEqual({ ok: { page: 2, pageSize: 50 } })
    expect(check(surveyCommentsInput, { page: 0 })).toEqual({ path: 'page' })
  })

  it('compares stations over dates, kind and source only', () => {
    const { from, to, kind, source } = all
    expect(check(stationScoresInput, all)).toEqual({ ok: { from, to, kind, source } })
  })

  it('lists follow-up tasks by status', () => {
    expect(check(listFollowUpsInput, { status: 'open' })).toEqual({
      ok: { page: 1, pageSize: 20, status: 'open' },
    })
    expect(check(listFollowUpsInput, { status: 'closed' })).toEqual({ path: 'status' })
  })
})
