import type { Repositories, UnitOfWork } from '@asq/domain'
import type { Database } from '../client'
import { complaintRepository } from './complaint.repository'
import {
  compensationRepository,
  complaintAttachmentRepository,
  partsSupportRequestRepository,
  techSupportRequestRepository,
  vehicleRepository,
} from './complaint-children.repository'
import { complaintMessageRepository } from './complaint-message.repository'
import { eightdRepositories } from './eightd.repository'
import { feeRepositories } from './fee.repository'
import { idempotencyRepository } from './idempotency.repository'
import {
  customerRepository,
  loginAttemptRepository,
  loginCodeRepository,
  organisationRepository,
  sessionRepository,
  userRepository,
} from './identity.repository'
import { improvementRepositories } from './improvement'
import { kpiRepository } from './kpi.repository'
import { kpiReportRepository } from './kpi-report.repository'
import { notificationRepository } from './notification.repository'
import { ownerDirectory } from './owner-directory.query'
import { auditRepository, outboxRepository } from './platform.repository'
import { reimbursementRepositories } from './reimbursement.repository'
import { slaRepository } from './sla.repository'
import { surveyRepositories } from './survey.repository'
import { uploadRepository } from './upload.repository'
import { vehicleHistoryRepository } from './vehicle-history.query'
import { workbenchRepository } from './workbench.query'

/** Binds every repository to one executor: the database itself or an open transaction. */
export function createRepositories(db: Database): Repositories {
  return {
    audit: auditRepository(db),
    complaints: complaintRepository(db),
    complaintAttachments: complaintAttachmentRepository(db),
    complaintMessages: complaintMessageRepository(db),
    compensations: compensationRepository(db),
    partsSupportRequests: partsSupportRequestRepository(db),
    sla: slaRepository(db),
    techSupportRequests: techSupportRequestRepository(db),
    vehicles: vehicleRepository(db),
    vehicleHistory: vehicleHistoryRepository(db),
    owners: ownerDirectory(db),
    customers: customerRepository(db),
    loginAttempts: loginAttemptRepository(db),
    loginCodes: loginCodeRepository(db),
    organisations: organisationRepository(db),
    outbox: outboxRepository(db),
    notifications: notificationRepository(db),
    sessions: sessionRepository(db),
    users: userRepository(db),
    surveys: surveyRepositories(db),
    reimbursement: reimbursementRepositories(db),
    fee: feeRepositories(db),
    eightd: eightdRepositories(db),
    improvement: improvementRepositories(db),
    kpi: kpiRepository(db),
    kpiReports: kpiReportRepository(db),
    workbench: workbenchRepository(db),
    idempotency: idempotencyRepository(db),
    uploads: uploadRepository(db),
  }
}

export function createUnitOfWork(db: Database): UnitOfWork {
  return {
    run: (work) => db.transaction((tx) => work(createRepositories(tx as unknown as Database))),
  }
}
