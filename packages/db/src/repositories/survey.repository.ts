import type { SurveyRepositories } from '@asq/domain'
import type { Database } from '../client'
import { surveyCampaignRepository, surveyFollowUpRepository } from './survey-follow-up.repository'
import { surveyInvitationRepository } from './survey-invitation.repository'
import { surveyResponseRepository } from './survey-response.repository'
import { surveyPolicyRepository, surveyTemplateRepository } from './survey-template.repository'

/** The survey context's repositories on one executor (the database or an open transaction). */
export const surveyRepositories = (db: Database): SurveyRepositories => ({
  templates: surveyTemplateRepository(db),
  policy: surveyPolicyRepository(db),
  invitations: surveyInvitationRepository(db),
  responses: surveyResponseRepository(db),
  followUps: surveyFollowUpRepository(db),
  campaigns: surveyCampaignRepository(db),
})
