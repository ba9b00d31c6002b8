import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors'
import {
  followUpDone,
  linkExpired,
  linkInvalid,
  linkUsed,
  noContact,
  noTemplate,
  renewalPending,
  surveyStale,
  templateInactive,
} from './survey.errors'

describe('survey errors: the kind the API maps, the stable code the screens read, the field', () => {
  it.each([
    ['linkInvalid', linkInvalid(), 'NOT_FOUND', 'SURVEY.LINK_INVALID', undefined],
    ['linkExpired', linkExpired(), 'PRECONDITION', 'SURVEY.LINK_EXPIRED', undefined],
    ['linkUsed', linkUsed(), 'CONFLICT', 'SURVEY.LINK_USED', undefined],
    ['surveyStale(template)', surveyStale('template'), 'CONFLICT', 'SURVEY.TEMPLATE_STALE', undefined],
    ['surveyStale(follow_up)', surveyStale('follow_up'), 'CONFLICT', 'SURVEY.FOLLOW_UP_STALE', undefined],
    ['noTemplate', noTemplate(), 'PRECONDITION', 'SURVEY.NO_TEMPLATE', undefined],
    ['templateInactive', templateInactive(), 'PRECONDITION', 'SURVEY.TEMPLATE_INACTIVE', 'templateId'],
    ['followUpDone', followUpDone(), 'PRECONDITION', 'SURVEY.FOLLOW_UP_DONE', undefined],
    ['renewalPending', renewalPending(), 'CONFLICT', 'SURVEY.RENEWAL_PENDING', undefined],
    ['noContact', noContact(), 'PRECONDITION', 'SURVEY.NO_CONTACT', undefined],
  ])('%s', (_n, error, kind, code, field) => {
    expect(error).toBeInstanceOf(DomainError)
    expect({ kind: error.kind, code: error.code, field: error.field }).toEqual({ kind, code, field })
  })

  it('words a stale record with spaces for underscores', () => {
    expect(surveyStale('follow_up').message).toContain('This follow up was changed')
  })
})
