import type { MatrixRows } from '../matrix.types'
import { authRows } from './auth.rows'
import { complaintRows, slaRows } from './complaint.rows'
import { complaintThreadRows } from './complaint-thread.rows'
import { eightdRows } from './eightd.rows'
import { feeRows } from './fee.rows'
import { identityRows } from './identity.rows'
import { improvementRows } from './improvement'
import { kpiRows } from './kpi.rows'
import { kpiReportRows } from './kpi-reports.rows'
import { notificationRows } from './notification.rows'
import { platformRows } from './platform.rows'
import { reimbursementRows } from './reimbursement.rows'
import { surveyRows } from './survey.rows'

/** Every procedure of the app router, one row each. A new router adds its rows file here. */
export const MATRIX: MatrixRows = {
  ...authRows,
  ...complaintRows,
  ...complaintThreadRows,
  ...feeRows,
  ...slaRows,
  ...identityRows,
  ...notificationRows,
  ...platformRows,
  ...reimbursementRows,
  ...surveyRows,
  ...eightdRows,
  ...kpiRows,
  ...kpiReportRows,
  ...improvementRows,
}
