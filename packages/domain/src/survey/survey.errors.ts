import { DomainError } from '../shared/errors'

/** The plain answers a survey link gets; the portal shows each in words, by its stable code. */
export const linkInvalid = () =>
  new DomainError('NOT_FOUND', 'SURVEY.LINK_INVALID', 'This survey link is not valid; please check it')
export const linkExpired = () =>
  new DomainError('PRECONDITION', 'SURVEY.LINK_EXPIRED', 'This survey link has expired')
export const linkUsed = () =>
  new DomainError('CONFLICT', 'SURVEY.LINK_USED', 'This survey has already been answered; thank you')

export const surveyStale = (what: string) =>
  new DomainError(
    'CONFLICT',
    `SURVEY.${what.toUpperCase()}_STALE`,
    `This ${what.replace(/_/g, ' ')} was changed by someone else meanwhile; reload it and try again`,
  )

export const noTemplate = () =>
  new DomainError('PRECONDITION', 'SURVEY.NO_TEMPLATE', 'No active survey template for this purpose')

export const templateInactive = () =>
  new DomainError(
    'PRECONDITION',
    'SURVEY.TEMPLATE_INACTIVE',
    'This template is archived; activate it first',
    { field: 'templateId' },
  )

export const followUpDone = () =>
  new DomainError('PRECONDITION', 'SURVEY.FOLLOW_UP_DONE', 'This follow-up is already done')

export const renewalPending = () =>
  new DomainError(
    'CONFLICT',
    'SURVEY.RENEWAL_PENDING',
    'A renewed survey was sent and is still waiting for an answer',
  )

export const noContact = () =>
  new DomainError('PRECONDITION', 'SURVEY.NO_CONTACT', 'The customer has no phone number or e-mail address')
