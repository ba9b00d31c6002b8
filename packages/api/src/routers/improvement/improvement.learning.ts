import { router } from '../../trpc'

/** The learning part of the improvement loop; its procedures land with it (issue 18). */
export const learningRouter = router({})
