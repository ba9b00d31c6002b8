import type { Database } from '../client'
import { seedComplaints } from './complaint.seed'
import { seedEightd } from './eightd.seed'
import { seedExams } from './exam.seed'
import { seedFees } from './fee.seed'
import { seedLearning } from './learning.seed'
import { seedLiaison } from './liaison.seed'
import { seedMeeting } from './meeting.seed'
import { seedReimbursement } from './reimbursement.seed'
import { seedSurveys } from './survey.seed'

/** What the network seed created, for the bounded contexts' own demo data (complaints, fees, …). */
export type DemoNetwork = {
  now: Date
  orgIdByCode: Record<string, string>
  userIdByUsername: Record<string, string>
  productLineIdByCode: Record<string, string>
  customers: { id: string; vehicleId: string; vin: string; story: string; dealerCode: string; name: string }[]
}

export type ContextSeed = (tx: Database, network: DemoNetwork) => Promise<void>

/**
 * Each bounded context registers its demo-data step here (one import, one entry); they run in order,
 * inside the same transaction as the network, after it.
 */
export const CONTEXT_SEEDS: ContextSeed[] = [
  seedComplaints,
  seedSurveys,
  seedEightd,
  // Before reimbursement: the claim lines name parts of the fee catalogue and old parts of its register.
  seedFees,
  seedReimbursement,
  seedMeeting,
  seedExams,
  // After fees and claim lines: a letter names a part of the catalogue and links a complaint.
  seedLiaison,
  // After fees: a teaching case may name a part of the catalogue.
  seedLearning,
]
