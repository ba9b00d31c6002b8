import { describe, expect, it } from 'vitest'
import { chars, refusedPaths, UUID, UUID2 } from '../cases.test-fixtures'
import {
  answerLiaisonInput,
  closeLiaisonInput,
  liaisonIdInput,
  liaisonInboxInput,
  liaisonPhotoInput,
  linkLiaisonInput,
  myLiaisonListInput,
  openLiaisonEightdInput,
  submitLiaisonInput,
} from './liaison.schema'

const VIN = 'LSVAM4187C2184321'
const vins = (n: number) => Array.from({ length: n }, (_, i) => `LSVAM4187C${String(2184000 + i)}`)
const report = {
  partCode: 'HL-2041',
  vins: [VIN],
  symptoms: '大灯进水起雾',
  vehiclesAffected: 1,
  firstSeenOn: '2026-11-01',
  clientRequestId: UUID,
}

describe('submitLiaisonInput at its bounds', () => {
  it.each([
    [{ vins: vins(50) }],
    [{ symptoms: chars(2000) }],
    [{ vehiclesAffected: 1_000_000 }],
    [{ photoUploadIds: Array(6).fill(UUID2) }],
  ])('accepts %#', (patch) => expect(refusedPaths(submitLiaisonInput, { ...report, ...patch })).toEqual([]))
  it('photos default to none', () => expect(submitLiaisonInput.parse(report).photoUploadIds).toEqual([]))
  it.each([
    [{ vins: vins(51) }, ['vins']],
    [{ vins: [] }, ['vins']],
    [{ symptoms: chars(2001) }, ['symptoms']],
    [{ symptoms: '' }, ['symptoms']],
    [{ vehiclesAffected: 1_000_001 }, ['vehiclesAffected']],
    [{ vehiclesAffected: 0 }, ['vehiclesAffected']],
    [{ photoUploadIds: Array(7).fill(UUID2) }, ['photoUploadIds']],
    [{ photoUploadIds: ['p'] }, ['photoUploadIds.0']],
    [{ partCode: '-X' }, ['partCode']],
    [{ firstSeenOn: '2026-11-31' }, ['firstSeenOn']],
    [{ clientRequestId: 'r' }, ['clientRequestId']],
  ])('refuses %# on %j', (patch, paths) =>
    expect(refusedPaths(submitLiaisonInput, { ...report, ...patch })).toEqual(paths),
  )
})

describe('the lists', () => {
  it('a station’s own: paging and an optional state', () => {
    expect(myLiaisonListInput.parse({})).toEqual({ page: 1, pageSize: 20 })
    expect(myLiaisonListInput.parse({ state: 'answered' })).toEqual({
      page: 1,
      pageSize: 20,
      state: 'answered',
    })
    expect(refusedPaths(myLiaisonListInput, { state: 'open' })).toEqual(['state'])
  })
  it('HQ’s inbox: state, part (normalised) and station filters', () => {
    expect(liaisonInboxInput.parse({ state: 'closed', partCode: ' hl-2041 ', stationId: UUID })).toEqual({
      page: 1,
      pageSize: 20,
      state: 'closed',
      partCode: 'HL-2041',
      stationId: UUID,
    })
    expect(liaisonInboxInput.parse({})).toEqual({ page: 1, pageSize: 20 })
    expect(refusedPaths(liaisonInboxInput, { state: 'open' })).toEqual(['state'])
    expect(refusedPaths(liaisonInboxInput, { partCode: '' })).toEqual(['partCode'])
    expect(refusedPaths(liaisonInboxInput, { stationId: 's1' })).toEqual(['stationId'])
  })
})

describe('HQ’s commands on a letter', () => {
  it('ids', () => {
    expect(refusedPaths(liaisonIdInput, { letterId: UUID })).toEqual([])
    expect(refusedPaths(liaisonIdInput, { letterId: 'l' })).toEqual(['letterId'])
    expect(refusedPaths(liaisonPhotoInput, { photoId: UUID })).toEqual([])
    expect(refusedPaths(liaisonPhotoInput, { photoId: 'p' })).toEqual(['photoId'])
  })
  it('answer: 1–4000 characters, trimmed, with the version', () => {
    const ok = { letterId: UUID, answer: ` ${chars(4000)} `, version: 1 }
    expect(answerLiaisonInput.parse(ok).answer).toBe(chars(4000))
    expect(refusedPaths(answerLiaisonInput, { ...ok, answer: chars(4001) })).toEqual(['answer'])
    expect(refusedPaths(answerLiaisonInput, { ...ok, answer: '  ' })).toEqual(['answer'])
    expect(refusedPaths(answerLiaisonInput, { ...ok, version: 0 })).toEqual(['version'])
  })
  it.each(['complaint', 'claim_line'])('link to a %s', (kind) =>
    expect(refusedPaths(linkLiaisonInput, { letterId: UUID, kind, targetId: UUID2, version: 1 })).toEqual([]),
  )
  it('link: refused on the kind or the target', () => {
    const ok = { letterId: UUID, kind: 'complaint', targetId: UUID2, version: 1 }
    expect(refusedPaths(linkLiaisonInput, { ...ok, kind: 'claim' })).toEqual(['kind'])
    expect(refusedPaths(linkLiaisonInput, { ...ok, targetId: 't' })).toEqual(['targetId'])
  })
  it('close: the letter and its version', () => {
    expect(refusedPaths(closeLiaisonInput, { letterId: UUID, version: 1 })).toEqual([])
    expect(refusedPaths(closeLiaisonInput, { letterId: UUID, version: 0 })).toEqual(['version'])
  })
  it('open an 8D: a supplier, a severity (major by default), the version and a request id', () => {
    const ok = { letterId: UUID, supplierId: UUID2, version: 2, clientRequestId: UUID }
    expect(openLiaisonEightdInput.parse(ok)).toEqual({ ...ok, severity: 'major' })
    expect(refusedPaths(openLiaisonEightdInput, { ...ok, supplierId: 's' })).toEqual(['supplierId'])
    expect(refusedPaths(openLiaisonEightdInput, { ...ok, severity: 'tiny' })).toEqual(['severity'])
    expect(refusedPaths(openLiaisonEightdInput, { ...ok, clientRequestId: 'r' })).toEqual(['clientRequestId'])
  })
})
