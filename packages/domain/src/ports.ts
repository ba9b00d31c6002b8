import type { AuditRepository } from './audit/audit.event'
import type { OwnerDirectory } from './complaint/assignment'
import type {
  CompensationRepository,
  ComplaintAttachmentRepository,
  ComplaintRepository,
  PartsSupportRequestRepository,
  SlaRepository,
  TechSupportRequestRepository,
  VehicleRepository,
} from './complaint/complaint.ports'
import type { ComplaintMessageRepository } from './complaint/conversation.ports'
import type { VehicleHistoryRepository } from './complaint/vehicle-history'
import type { EightdRepositories } from './eightd/eightd.ports'
import type { FeeRepositories } from './fee/fee.ports'
import type { UploadRepository } from './files/file.ports'
import type {
  CustomerRepository,
  LoginAttemptRepository,
  LoginCodeRepository,
  OrganisationRepository,
  SessionRepository,
  UserRepository,
} from './identity/identity.ports'
import type { ImprovementRepositories } from './improvement/improvement.ports'
import type { KpiRepository } from './kpi/kpi.ports'
import type { KpiReportRepository } from './kpi/kpi.report-archive'
import type { WorkbenchRepository } from './kpi/kpi.workbench'
import type { NotificationRepository } from './notification/notification.ports'
import type { OutboxRepository } from './notification/outbox'
import type { ReimbursementRepositories } from './reimbursement/reimbursement.ports'
import type { IdempotencyRepository } from './shared/idempotency'
import type { SurveyRepositories } from './survey/survey.ports'

/** Every repository, bound to one transaction. Later contexts add theirs here. */
export interface Repositories {
  audit: AuditRepository
  complaints: ComplaintRepository
  complaintAttachments: ComplaintAttachmentRepository
  complaintMessages: ComplaintMessageRepository
  compensations: CompensationRepository
  partsSupportRequests: PartsSupportRequestRepository
  sla: SlaRepository
  techSupportRequests: TechSupportRequestRepository
  vehicles: VehicleRepository
  vehicleHistory: VehicleHistoryRepository
  owners: OwnerDirectory
  customers: CustomerRepository
  loginAttempts: LoginAttemptRepository
  loginCodes: LoginCodeRepository
  organisations: OrganisationRepository
  outbox: OutboxRepository
  notifications: NotificationRepository
  sessions: SessionRepository
  users: UserRepository
  surveys: SurveyRepositories
  reimbursement: ReimbursementRepositories
  fee: FeeRepositories
  eightd: EightdRepositories
  improvement: ImprovementRepositories
  kpi: KpiRepository
  kpiReports: KpiReportRepository
  workbench: WorkbenchRepository
  idempotency: IdempotencyRepository
  uploads: UploadRepository
}

/** Runs `work` in one database transaction: all of it is committed, or none of it. */
export interface UnitOfWork {
  run<T>(work: (repos: Repositories) => Promise<T>): Promise<T>
}
