import { router } from '../../trpc'

/** The notice part of the improvement loop; its procedures land with it (issue 18). */
export const noticeRouter = router({})
