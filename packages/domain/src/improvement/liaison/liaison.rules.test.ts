import { describe, expect, it } from 'vitest'
import { checkLiaisonReport, liaisonNumber, liaisonYear } from './liaison.rules'
import { submitLiaisonInput } from './liaison.schema'

const VIN_A = 'LSVAM4187C2184321'
const VIN_B = 'LSVAM4187C2184322'
// 2026-11-30 23:30 in Beijing is still 2026-11-30 15:30 UTC; 2026-12-01 00:30 in Beijing is 2026-11-30 16:30 UTC.
const LATE_NOV_30 = new Date('2026-11-30T15:30:00Z')

const refusal = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    const d = e as { kind: string; code: string; field: string }
    return { kind: d.kind, code: d.code, field: d.field }
  }
  return null
}

describe('checkLiaisonReport', () => {
  it.each([
    [
      'one VIN, one vehicle, seen today',
      { vins: [VIN_A], vehiclesAffected: 1, firstSeenOn: '2026-11-30' },
      null,
    ],
    [
      'more vehicles than VINs',
      { vins: [VIN_A, VIN_B], vehiclesAffected: 40, firstSeenOn: '2026-10-01' },
      null,
    ],
    [
      'fewer vehicles than VINs',
      { vins: [VIN_A, VIN_B], vehiclesAffected: 1, firstSeenOn: '2026-11-01' },
      { kind: 'BAD_INPUT', code: 'LIAISON.TOO_FEW_VEHICLES', field: 'vehiclesAffected' },
    ],
    [
      'the same VIN twice',
      { vins: [VIN_A, VIN_B, VIN_A], vehiclesAffected: 3, firstSeenOn: '2026-11-01' },
      { kind: 'BAD_INPUT', code: 'LIAISON.DUPLICATE_VIN', field: 'vins.2' },
    ],
    [
      'first seen tomorrow (China)',
      { vins: [VIN_A], vehiclesAffected: 1, firstSeenOn: '2026-12-01' },
      { kind: 'BAD_INPUT', code: 'LIAISON.FIRST_SEEN_IN_FUTURE', field: 'firstSeenOn' },
    ],
  ])('%s', (_name, report, want) => {
    expect(refusal(() => checkLiaisonReport(report, LATE_NOV_30))).toEqual(want)
  })

  it('"today" is China\'s: just after midnight in Beijing the new day is allowed', () => {
    const justAfter = new Date('2026-11-30T16:30:00Z')
    expect(
      refusal(() =>
        checkLiaisonReport({ vins: [VIN_A], vehiclesAffected: 1, firstSeenOn: '2026-12-01' }, justAfter),
      ),
    ).toBeNull()
  })
})

describe('liaison numbers', () => {
  it('read QL-<China year>-<6 digits>', () => {
    expect(liaisonNumber(2026, 42)).toBe('QL-2026-000042')
    expect(liaisonYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027)
    expect(liaisonYear(new Date('2026-12-31T15:30:00Z'))).toBe(2026)
  })
})

describe('submitLiaisonInput', () => {
  const ok = {
    partCode: 'hl-2041',
    vins: [VIN_A.toLowerCase()],
    symptoms: '  大灯进水起雾  ',
    vehiclesAffected: 3,
    firstSeenOn: '2026-11-01',
    clientRequestId: '5b0c9a5e-9a52-4a6e-8f7a-0d9f3e1c2b11',
  }
  it('normalises the part code and VINs and trims the symptoms', () => {
    const r = submitLiaisonInput.parse(ok)
    expect(r).toMatchObject({
      partCode: 'HL-2041',
      vins: [VIN_A],
      symptoms: '大灯进水起雾',
      photoUploadIds: [],
    })
  })
  it.each([
    ['no VIN', { vins: [] }, 'vins'],
    ['51 VINs', { vins: Array.from({ length: 51 }, () => VIN_A) }, 'vins'],
    ['a VIN with an O', { vins: ['LSVAM4187O2184321'] }, 'vins.0'],
    ['empty symptoms', { symptoms: '   ' }, 'symptoms'],
    ['no vehicle', { vehiclesAffected: 0 }, 'vehiclesAffected'],
    ['half a vehicle', { vehiclesAffected: 1.5 }, 'vehiclesAffected'],
    ['an impossible date', { firstSeenOn: '2026-02-30' }, 'firstSeenOn'],
    [
      'seven photos',
      { photoUploadIds: Array.from({ length: 7 }, () => ok.clientRequestId) },
      'photoUploadIds',
    ],
  ])('refuses %s on its field', (_n, patch, field) => {
    const r = submitLiaisonInput.safeParse({ ...ok, ...patch })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.path.join('.')).toBe(field)
  })
})
