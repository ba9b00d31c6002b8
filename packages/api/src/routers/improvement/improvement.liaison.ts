import { router } from '../../trpc'

/** The liaison part of the improvement loop; its procedures land with it (issue 18). */
export const liaisonRouter = router({})
