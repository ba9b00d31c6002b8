import type { ImprovementRepositories } from '@asq/domain'
import type { Database } from '../../client'
import { examRepository } from './exam.repository'
import { teachingCaseRepository } from './learning.repository'
import { liaisonRepository } from './liaison.repository'
import { meetingRepository } from './meeting.repository'
import { noticeRepository } from './notice.repository'

/** The improvement context's repositories, one per part of the loop (meeting, notice, liaison, learning, exam). */
export function improvementRepositories(db: Database): ImprovementRepositories {
  return {
    meetings: meetingRepository(db),
    notices: noticeRepository(db),
    exams: examRepository(db),
    liaison: liaisonRepository(db),
    teachingCases: teachingCaseRepository(db),
  }
}
