import { router } from '../../trpc'

/** The exam part of the improvement loop; its procedures land with it (issue 18). */
export const examRouter = router({})
