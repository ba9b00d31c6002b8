import type { NewOutboxMessage } from '../notification'
import type { KeysetWindow } from '../shared/paging'
import type { AnswerItem, AnswerSet } from './survey.answers'
import type { FollowUpCall, LowAnswer } from './survey.loop'
import type { SurveyPolicy, SurveySettings } from './survey.policy'
import type { Segment } from './survey.schema'
import type { Grouping, SurveyFact, SurveyTotals } from './survey.scores'
import type { LocalizedText, TemplateContent } from './survey.template'
import type {
  CampaignStatus,
  FollowUpStatus,
  InvitationSource,
  InvitationStatus,
  TemplatePurpose,
} from './survey.vocabulary'

export type SurveyTemplate = {
  id: string
  purpose: TemplatePurpose
  title: LocalizedText
  active: boolean
  currentVersion: number
  createdBy: string
  createdAt: Date
  updatedAt: Date
}
export type SurveyTemplateVersion = {
  templateId: string
  version: number
  content: TemplateContent
  createdBy: string
  createdAt: Date
}

export interface SurveyTemplateRepository {
  list(f: { purpose?: TemplatePurpose }): Promise<SurveyTemplate[]>
  byId(id: string): Promise<SurveyTemplate | null>
  version(templateId: string, version: number): Promise<SurveyTemplateVersion | null>
  create(t: {
    purpose: TemplatePurpose
    content: TemplateContent
    createdBy: string
    at: Date
  }): Promise<SurveyTemplate>
  /** Stores `content` as version baseVersion + 1; null when baseVersion is no longer the current one. */
  addVersion(
    id: string,
    baseVersion: number,
    content: TemplateContent,
    createdBy: string,
    at: Date,
  ): Promise<SurveyTemplate | null>
  setActive(id: string, active: boolean, at: Date): Promise<SurveyTemplate | null>
  /** The active template for a purpose most recently changed, if any. */
  activeFor(purpose: TemplatePurpose): Promise<SurveyTemplate | null>
}

export interface SurveyPolicyRepository {
  current(): Promise<SurveyPolicy | null>
  /** false when that version exists already (someone else saved from the same base). */
  save(p: {
    version: number
    settings: SurveySettings
    effectiveFrom: Date
    createdBy: string
  }): Promise<boolean>
}

export type SurveyInvitation = {
  id: string
  source: InvitationSource
  complaintId: string | null
  campaignId: string | null
  followUpId: string | null
  customerId: string
  stationId: string | null
  region: string | null
  /** The complaint's kind (appeal, claim, non-quality) when the survey follows a complaint. */
  kind: string | null
  templateId: string
  templateVersion: number
  status: InvitationStatus
  sendAt: Date
  sentAt: Date | null
  expiresAt: Date | null
  answeredAt: Date | null
  remindersSent: number
  createdAt: Date
}

export type NewInvitation = Pick<
  SurveyInvitation,
  | 'source'
  | 'complaintId'
  | 'campaignId'
  | 'followUpId'
  | 'customerId'
  | 'stationId'
  | 'region'
  | 'kind'
  | 'templateId'
  | 'templateVersion'
  | 'sendAt'
> & {
  /** Makes scheduling idempotent, e.g. one survey per closing of a complaint. */
  sourceKey: string | null
  createdAt: Date
}

/** An invitation created already delivered: its link's hash and the message carrying the raw link. */
export type DeliveredInvitation = NewInvitation & {
  sentAt: Date
  expiresAt: Date
  tokenHash: string
  message: NewOutboxMessage
}

export interface SurveyInvitationRepository {
  /** Stores a scheduled invitation; null when one with the same source key exists already. */
  schedule(i: NewInvitation): Promise<SurveyInvitation | null>
  /**
   * Creates delivered invitations with their links and outbox messages in multi-row inserts; rows
   * whose (campaign, customer) was invited already are skipped. Returns the ones created.
   */
  createDelivered(rows: DeliveredInvitation[]): Promise<SurveyInvitation[]>
  byId(id: string): Promise<SurveyInvitation | null>
  byTokenHash(tokenHash: string): Promise<SurveyInvitation | null>
  /** Scheduled invitations whose send time has come, oldest first. */
  dueForDelivery(now: Date, limit: number): Promise<SurveyInvitation[]>
  /** scheduled → sent with its first link; null when it is no longer scheduled (delivered or cancelled). */
  markDelivered(
    id: string,
    sentAt: Date,
    expiresAt: Date,
    tokenHash: string,
  ): Promise<SurveyInvitation | null>
  cancel(id: string): Promise<boolean>
  /** Delivered, unanswered, unexpired invitations whose next reminder may be due (the rule decides). */
  reminderCandidates(
    now: Date,
    reminderAfterDays: number,
    maxReminders: number,
    limit: number,
  ): Promise<SurveyInvitation[]>
  /** Counts one reminder and adds its link; false when another sweep counted it first. */
  claimReminder(id: string, remindersSent: number, tokenHash: string, at: Date): Promise<boolean>
  /** false when it was answered already. */
  markAnswered(id: string, at: Date): Promise<boolean>
  /** The newest renewed survey sent from a follow-up task. */
  latestForFollowUp(followUpId: string): Promise<SurveyInvitation | null>
  /** Every invitation of a complaint, newest first. */
  forComplaint(complaintId: string): Promise<SurveyInvitation[]>
}

export type SurveyFactFilter = {
  from?: Date
  to?: Date
  stationId?: string
  region?: string
  kind?: string
  source?: InvitationSource
  templateId?: string
}

export type SurveyComment = {
  /** The answer item. */
  id: string
  invitationId: string
  questionId: string
  text: string
  answeredAt: Date
  templateId: string
  templateVersion: number
  source: InvitationSource
  kind: string | null
  stationId: string | null
  stationName: string | null
  customerName: string
  dissatisfied: boolean
}

export interface SurveyResponseRepository {
  /** null when the invitation was answered already: one answer per invitation, by a unique key. */
  create(r: {
    invitationId: string
    templateId: string
    templateVersion: number
    answers: AnswerSet
    items: AnswerItem[]
    dissatisfied: boolean
    answeredAt: Date
  }): Promise<{ id: string } | null>
  byInvitation(invitationId: string): Promise<{ id: string; answers: AnswerSet; answeredAt: Date } | null>
  facts(f: SurveyFactFilter): Promise<SurveyFact[]>
  /**
   * The statistics counted in the database: the totals of every invitation of the filter, and of each
   * group of each grouping asked for (one set-based query; nothing per invitation comes back).
   */
  totals<G extends Grouping>(
    f: SurveyFactFilter,
    groupings: readonly G[],
  ): Promise<{ all: SurveyTotals; by: Record<G, { key: string | null; totals: SurveyTotals }[]> }>
  comments(
    f: SurveyFactFilter & { limit: number; offset: number } & KeysetWindow,
  ): Promise<{ items: SurveyComment[]; total: number }>
}

export type SurveyFollowUp = {
  id: string
  invitationId: string
  responseId: string
  stationId: string | null
  customerId: string
  complaintId: string | null
  status: FollowUpStatus
  lowAnswers: LowAnswer[]
  calls: FollowUpCall[]
  resolution: 'call' | 'renewed_answer' | null
  createdAt: Date
  closedAt: Date | null
  version: number
}

/** A row of a follow-up list: what a station needs to call the customer back. */
export type SurveyFollowUpListItem = SurveyFollowUp & {
  customerName: string
  customerPhone: string | null
  stationName: string | null
  complaintNumber: string | null
}

export interface SurveyFollowUpRepository {
  /** null when this invitation has a task already. */
  create(
    f: Pick<
      SurveyFollowUp,
      'invitationId' | 'responseId' | 'stationId' | 'customerId' | 'complaintId' | 'lowAnswers' | 'createdAt'
    >,
  ): Promise<SurveyFollowUp | null>
  byId(id: string): Promise<SurveyFollowUp | null>
  openForComplaint(complaintId: string): Promise<SurveyFollowUp | null>
  list(f: {
    stationId?: string
    status?: FollowUpStatus
    limit: number
    offset: number
  }): Promise<{ items: SurveyFollowUpListItem[]; total: number }>
  /** Optimistic update: null when `version` is no longer the stored one. */
  update(
    id: string,
    version: number,
    patch: Partial<Pick<SurveyFollowUp, 'status' | 'calls' | 'resolution' | 'closedAt'>>,
  ): Promise<SurveyFollowUp | null>
}

export type SurveyCampaign = {
  id: string
  name: string
  period: string | null
  templateId: string
  segment: Segment
  status: CampaignStatus
  invited: number
  createdBy: string
  createdAt: Date
  sentAt: Date | null
  version: number
}

/** A customer a campaign reaches, with the station and region the answers will count for. */
export type AudienceMember = {
  customerId: string
  name: string
  phone: string | null
  email: string | null
  stationId: string | null
  region: string | null
}

export interface SurveyCampaignRepository {
  create(c: Omit<SurveyCampaign, 'id' | 'status' | 'invited' | 'sentAt' | 'version'>): Promise<SurveyCampaign>
  byId(id: string): Promise<SurveyCampaign | null>
  list(limit: number, offset: number): Promise<{ items: SurveyCampaign[]; total: number }>
  /** The segment's customers; with `notInCampaign`, only those that campaign has not invited yet. */
  audience(segment: Segment, notInCampaign?: string): Promise<AudienceMember[]>
  /** How many customers the segment holds, and how many of them have a phone or e-mail. */
  audienceSize(segment: Segment): Promise<{ total: number; reachable: number }>
  /** Optimistic: null when `version` is no longer the stored one. */
  markSent(id: string, version: number, invited: number, at: Date): Promise<SurveyCampaign | null>
}

/** The survey context's repositories, bound to one transaction like all the others. */
export type SurveyRepositories = {
  templates: SurveyTemplateRepository
  policy: SurveyPolicyRepository
  invitations: SurveyInvitationRepository
  responses: SurveyResponseRepository
  followUps: SurveyFollowUpRepository
  campaigns: SurveyCampaignRepository
}
