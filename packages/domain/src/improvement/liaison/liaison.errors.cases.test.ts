import { describe, expect, it } from 'vitest'
import { DomainError } from '../../shared/errors'
import { described } from '../cases.test-fixtures'
import { liaisonErrors } from './liaison.errors'

describe('every refusal of the liaison letters names its kind, code and field', () => {
  it.each([
    [liaisonErrors.notAllowed('close', 'submitted'), 'CONFLICT LIAISON.NOT_ALLOWED state'],
    [liaisonErrors.answerRequired(), 'PRECONDITION LIAISON.ANSWER_REQUIRED answer'],
    [liaisonErrors.tooFewVehicles(3), 'BAD_INPUT LIAISON.TOO_FEW_VEHICLES vehiclesAffected'],
    [liaisonErrors.duplicateVin(4), 'BAD_INPUT LIAISON.DUPLICATE_VIN vins.4'],
    [liaisonErrors.firstSeenInFuture(), 'BAD_INPUT LIAISON.FIRST_SEEN_IN_FUTURE firstSeenOn'],
    [liaisonErrors.unknownPart(), 'BAD_INPUT LIAISON.UNKNOWN_PART partCode'],
    [liaisonErrors.partMismatch(), 'BAD_INPUT LIAISON.PART_MISMATCH targetId'],
    [liaisonErrors.noSupplier(), 'BAD_INPUT LIAISON.SUPPLIER_REQUIRED supplierId'],
  ])('%#: %s', (e, want) => {
    expect(e).toBeInstanceOf(DomainError)
    expect(described(e)).toBe(want)
  })
  it('the details say what the apps show', () => {
    expect(liaisonErrors.notAllowed('link', 'closed').details).toEqual({ command: 'link', state: 'closed' })
    expect(liaisonErrors.tooFewVehicles(3).details).toEqual({ vins: 3 })
  })
})
