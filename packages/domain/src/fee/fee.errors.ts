import { DomainError } from '../shared/errors'

/** Expected failures of the fee context, each with a stable code. */
export const unapprovedStandard = () =>
  new DomainError(
    'PRECONDITION',
    'FEE.UNAPPROVED_STANDARD',
    'This repair is priced with a fee standard HQ has not approved; it cannot be charged until HQ approves it',
  )

export const noStandard = () =>
  new DomainError(
    'PRECONDITION',
    'FEE.NO_STANDARD',
    'The station has no fee standard in force on the repair date; propose one for HQ to approve first',
  )

export const unknownPart = (code: string, field?: string) =>
  new DomainError(
    'BAD_INPUT',
    'FEE.UNKNOWN_PART',
    `Part ${code} is not in the catalogue (or has no price yet)`,
    {
      field,
      details: { code },
    },
  )

export const unknownExtra = (code: string, field?: string) =>
  new DomainError(
    'BAD_INPUT',
    'FEE.UNKNOWN_EXTRA',
    `The station's fee standard has no extra service ${code}`,
    {
      field,
      details: { code },
    },
  )

export const unknownProductLine = (code: string) =>
  new DomainError('BAD_INPUT', 'FEE.UNKNOWN_PRODUCT_LINE', `Product line ${code} does not exist`, {
    field: 'productLineCode',
  })

export const repairBeforeStart = () =>
  new DomainError(
    'BAD_INPUT',
    'FEE.REPAIR_BEFORE_START',
    'The repair date is before the purchase/delivery date',
    {
      field: 'repairDate',
    },
  )

export const retroactive = (field = 'effectiveFrom') =>
  new DomainError(
    'BAD_INPUT',
    'FEE.RETROACTIVE',
    'A rule cannot take effect in the past: repairs already priced must keep their answer',
    { field },
  )

export const illegalStep = (entity: string, from: string, to: string) =>
  new DomainError(
    'PRECONDITION',
    `${entity.toUpperCase()}.ILLEGAL_STEP`,
    `A ${entity.replace(/_/g, ' ')} that is ${from} cannot become ${to}`,
    {
      details: { from, to },
    },
  )

export const alreadyDecided = () =>
  new DomainError('CONFLICT', 'FEE.STANDARD_DECIDED', 'This fee standard was already approved or rejected')

export const termsInForce = () =>
  new DomainError(
    'PRECONDITION',
    'FEE.TERMS_IN_FORCE',
    'Warranty terms already in force cannot be removed; add a new version instead',
  )

/** Two versions of one product line's (or part's) terms cannot start on the same day. */
export const termsDateTaken = (date: string) =>
  new DomainError(
    'CONFLICT',
    'FEE.TERMS_DATE_TAKEN',
    `A version of these warranty terms already takes effect on ${date}; change that version or pick another day`,
    { field: 'effectiveFrom' },
  )
