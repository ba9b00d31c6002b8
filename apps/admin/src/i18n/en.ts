import { eightdCommonEn, kpiCommonEn, learningCommonEn, liaisonErrorsEn } from '@asq/ui'
import { auditActionsEn, auditTypesEn, outboxKindsEn } from '../views/audit/labels'
import { complaintsEn } from '../views/complaints/messages'
import { eightdEn } from '../views/eightd/messages'
import { examsEn } from '../views/exams/messages'
import { feesEn } from '../views/fees/messages'
import { kpiEn } from '../views/kpi/messages'
import { teachingEn } from '../views/learning/messages'
import { liaisonEn } from '../views/liaison/messages'
import { meetingsEn } from '../views/meetings/messages'
import { noticesEn } from '../views/notices/messages'
import { reimbursementEn } from '../views/reimbursement/messages'
import { reportsEn } from '../views/reports/messages'
import { slaEn } from '../views/sla/messages'
import { surveysEn } from '../views/surveys/messages'

import type { zhCN } from './zh-CN'

export const en: typeof zhCN = {
  exams: examsEn,
  learning: learningCommonEn,
  teaching: teachingEn,
  eightd: eightdEn,
  eightdCommon: eightdCommonEn,
  kpi: kpiEn,
  kpiCommon: kpiCommonEn,
  surveys: surveysEn,
  fees: feesEn,
  complaints: complaintsEn,
  sla: slaEn,
  reimbursement: reimbursementEn,
  reports: reportsEn,
  meetings: meetingsEn,
  notices: noticesEn,
  liaison: liaisonEn,
  errors: liaisonErrorsEn,
  app: {
    title: 'HQ Admin',
    loginTitle: 'HQ Admin — Sign in',
    loginSubtitle: 'HQ staff sign in with username and password',
  },
  menu: { home: 'Home', users: 'Users', outbox: 'Outbox', surveys: 'Surveys', audit: 'Audit log' },
  home: {
    welcome: 'Welcome, {name}',
    desk: 'Complaint desk',
    overdue: 'Overdue complaints',
    nearBreach: 'Complaints due within {h} h',
    approvals: 'Goodwill waiting for approval',
    tech: 'Technical questions to answer',
    finance: 'Finance',
    claimsToAudit: 'Claims waiting for audit',
    nextSettlement: 'Next settlement',
    settles: 'settles the claims of {period}',
    quality: 'Quality',
    stepsToReview: '8D steps to review',
    signals: 'Early-warning signals without an 8D',
  },
  usersPage: {
    title: 'Users',
    subtitle: 'Every account of HQ, stations and suppliers',
    searchPlaceholder: 'Search username or name',
    orgFilter: 'Filter by organisation',
  },
  outbox: {
    title: 'Outbox',
    subtitle: 'SMS and e-mail sent by the platform, newest first',
    devHint:
      'Without an SMS gateway nothing is really sent: customer sign-in codes show here (and in the server log).',
    recipientPlaceholder: 'Filter by recipient',
    createdAt: 'Created',
    channel: 'Channel',
    recipient: 'Recipient',
    kind: 'Kind',
    code: 'Code',
    body: 'Body',
    status: 'Status',
    attempts: 'Attempts',
    sentAt: 'Sent',
    lastError: 'Last error',
    channels: { sms: 'SMS', email: 'E-mail' },
    kinds: outboxKindsEn,
  },
  audit: {
    title: 'Audit log',
    subtitle: 'Every change with who made it, when, and before/after',
    entityType: 'Entity type',
    entity: 'Object',
    entityId: 'Entity id',
    entityIdPlaceholder: 'Filter by entity id',
    at: 'Time',
    actor: 'Actor',
    action: 'Action',
    before: 'Before',
    after: 'After',
    none: '(none)',
    types: auditTypesEn,
    actions: auditActionsEn,
  },
}
