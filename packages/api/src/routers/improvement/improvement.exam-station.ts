import { certificationStatus, notFound, stationCertificatesInput } from '@asq/domain'
import { dealerProcedure } from '../../trpc'
import { certificateView } from './improvement.exam-taking'

/**
 * The station manager's certification table (issue 18): every active staff member of the caller's own
 * station against each published exam (or one), with their standing — certified (and until when),
 * expired, failed, in progress, never taken. Only this station's staff and only the attempts and
 * certificates made at this station appear.
 */
export const stationProcedures = {
  stationCertificates: dealerProcedure('dealer_manager')
    .input(stationCertificatesInput)
    .query(async ({ ctx, input }) => {
      const repo = ctx.repos.improvement.exams
      let exams = await repo.publishedExams()
      if (input.examId) {
        const e = await repo.examById(input.examId)
        if (!e || e.status === 'draft') throw notFound('exam')
        exams = [e]
      }
      const [staff, attempts, certificates] = await Promise.all([
        repo.stationStaff(ctx.dealerId),
        repo.attemptsAt({ stationId: ctx.dealerId, examId: input.examId }),
        repo.certificatesAt({ stationId: ctx.dealerId, examId: input.examId }),
      ])
      const now = ctx.clock()
      return staff.flatMap((p) =>
        exams.map((e) => {
          const mine = (x: { userId: string; examId: string }) => x.userId === p.userId && x.examId === e.id
          const s = certificationStatus(attempts.filter(mine), certificates.filter(mine), now)
          return {
            userId: p.userId,
            username: p.username,
            displayName: p.displayName,
            examId: e.id,
            examTitle: e.title,
            status: s.status,
            attempts: s.attempts,
            bestScore: s.bestScore,
            certificate: s.certificate ? certificateView(s.certificate, now) : null,
          }
        }),
      )
    }),
}
