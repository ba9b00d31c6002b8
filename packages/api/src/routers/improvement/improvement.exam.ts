import { router } from '../../trpc'
import { bankProcedures } from './improvement.exam-bank'
import { setupProcedures } from './improvement.exam-setup'
import { stationProcedures } from './improvement.exam-station'
import { takingProcedures } from './improvement.exam-taking'

/**
 * The learning centre's exams (issue 18): HQ's question bank and exams, a station's staff taking them,
 * certificates, the station manager's certification table and HQ's network overview.
 */
export const examRouter = router({
  ...bankProcedures,
  ...setupProcedures,
  ...takingProcedures,
  ...stationProcedures,
})
