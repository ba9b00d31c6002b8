import { DomainError } from '../../shared/errors'
import type { LiaisonCommand, LiaisonState } from './liaison.vocabulary'

/** The liaison letters' expected failures, each with a stable code and the field it is about. */
export const liaisonErrors = {
  notAllowed: (command: LiaisonCommand, state: LiaisonState) =>
    new DomainError(
      'CONFLICT',
      'LIAISON.NOT_ALLOWED',
      `A letter that is ${state} cannot be given: ${command}`,
      {
        field: 'state',
        details: { command, state },
      },
    ),
  answerRequired: () =>
    new DomainError('PRECONDITION', 'LIAISON.ANSWER_REQUIRED', 'Answer the letter before closing it', {
      field: 'answer',
    }),
  tooFewVehicles: (vins: number) =>
    new DomainError(
      'BAD_INPUT',
      'LIAISON.TOO_FEW_VEHICLES',
      `At least ${vins} vehicles are affected: the letter names ${vins} VINs`,
      { field: 'vehiclesAffected', details: { vins } },
    ),
  duplicateVin: (index: number) =>
    new DomainError('BAD_INPUT', 'LIAISON.DUPLICATE_VIN', 'This VIN is already on the letter', {
      field: `vins.${index}`,
    }),
  firstSeenInFuture: () =>
    new DomainError(
      'BAD_INPUT',
      'LIAISON.FIRST_SEEN_IN_FUTURE',
      'The problem cannot be first seen after today',
      {
        field: 'firstSeenOn',
      },
    ),
  unknownPart: () =>
    new DomainError('BAD_INPUT', 'LIAISON.UNKNOWN_PART', 'This part is not in the parts catalogue', {
      field: 'partCode',
    }),
  partMismatch: () =>
    new DomainError('BAD_INPUT', 'LIAISON.PART_MISMATCH', 'This claim line is for another part', {
      field: 'targetId',
    }),
  noSupplier: () =>
    new DomainError('BAD_INPUT', 'LIAISON.SUPPLIER_REQUIRED', 'Choose the supplier of the part', {
      field: 'supplierId',
    }),
}
