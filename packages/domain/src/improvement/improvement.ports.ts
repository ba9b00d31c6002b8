import type { ExamRepository } from './exam/exam.ports'
import type { TeachingCaseRepository } from './learning/learning.ports'
import type { LiaisonRepository } from './liaison/liaison.ports'
import type { MeetingRepository } from './meeting/meeting.ports'
import type { NoticeRepository } from './notice/notice.ports'

/**
 * The repositories of the improvement context, one per part; each part adds its own field as it lands.
 */
export interface ImprovementRepositories {
  meetings: MeetingRepository
  notices: NoticeRepository
  exams: ExamRepository
  liaison: LiaisonRepository
  teachingCases: TeachingCaseRepository
}
