import { router } from '../../trpc'
import { examRouter } from './improvement.exam'
import { learningRouter } from './improvement.learning'
import { liaisonRouter } from './improvement.liaison'
import { meetingRouter } from './improvement.meeting'
import { noticeRouter } from './improvement.notice'

/**
 * The improvement loop (issue 18): one router for the context, one sub-router per part — review
 * meetings and actions, reward/penalty notices, quality liaison letters, teaching cases, exams.
 */
export const improvementRouter = router({
  meeting: meetingRouter,
  notice: noticeRouter,
  liaison: liaisonRouter,
  learning: learningRouter,
  exam: examRouter,
})
