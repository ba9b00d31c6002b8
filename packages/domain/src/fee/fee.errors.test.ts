import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors'
import {
  alreadyDecided,
  illegalStep,
  noStandard,
  repairBeforeStart,
  retroactive,
  termsDateTaken,
  termsInForce,
  unapprovedStandard,
  unknownExtra,
  unknownPart,
  unknownProductLine,
} from './fee.errors'

const shape = (e: DomainError) => ({ kind: e.kind, code: e.code, field: e.field, details: e.details })

describe('the fee errors: kind, stable code, field and details', () => {
  it.each([
    [
      'unapproved standard',
      unapprovedStandard(),
      'PRECONDITION',
      'FEE.UNAPPROVED_STANDARD',
      undefined,
      undefined,
    ],
    ['no standard', noStandard(), 'PRECONDITION', 'FEE.NO_STANDARD', undefined, undefined],
    ['unknown part', unknownPart('HL-001'), 'BAD_INPUT', 'FEE.UNKNOWN_PART', undefined, { code: 'HL-001' }],
    [
      'unknown part, with its field',
      unknownPart('HL-001', 'parts.0.partCode'),
      'BAD_INPUT',
      'FEE.UNKNOWN_PART',
      'parts.0.partCode',
      { code: 'HL-001' },
    ],
    [
      'unknown extra',
      unknownExtra('WASH', 'extras.1.code'),
      'BAD_INPUT',
      'FEE.UNKNOWN_EXTRA',
      'extras.1.code',
      { code: 'WASH' },
    ],
    [
      'unknown product line',
      unknownProductLine('X9'),
      'BAD_INPUT',
      'FEE.UNKNOWN_PRODUCT_LINE',
      'productLineCode',
      undefined,
    ],
    [
      'repair before start',
      repairBeforeStart(),
      'BAD_INPUT',
      'FEE.REPAIR_BEFORE_START',
      'repairDate',
      undefined,
    ],
    ['retroactive, default field', retroactive(), 'BAD_INPUT', 'FEE.RETROACTIVE', 'effectiveFrom', undefined],
    [
      'retroactive, named field',
      retroactive('rows.2.effectiveFrom'),
      'BAD_INPUT',
      'FEE.RETROACTIVE',
      'rows.2.effectiveFrom',
      undefined,
    ],
    [
      'illegal step',
      illegalStep('old_part', 'registered', 'received'),
      'PRECONDITION',
      'OLD_PART.ILLEGAL_STEP',
      undefined,
      { from: 'registered', to: 'received' },
    ],
    ['already decided', alreadyDecided(), 'CONFLICT', 'FEE.STANDARD_DECIDED', undefined, undefined],
    ['terms in force', termsInForce(), 'PRECONDITION', 'FEE.TERMS_IN_FORCE', undefined, undefined],
    [
      'terms date taken',
      termsDateTaken('2026-07-01'),
      'CONFLICT',
      'FEE.TERMS_DATE_TAKEN',
      'effectiveFrom',
      undefined,
    ],
  ] as const)('%s', (_n, error, kind, code, field, details) => {
    expect(error).toBeInstanceOf(DomainError)
    expect(shape(error)).toEqual({ kind, code, field, details })
  })
})
