import { router } from '../../trpc'

/** The meeting part of the improvement loop; its procedures land with it (issue 18). */
export const meetingRouter = router({})
