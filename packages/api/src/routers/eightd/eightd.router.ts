import { router } from '../../trpc'
import { hqEightdRouter } from './eightd.hq'
import { supplierEightdRouter } from './eightd.supplier'

/** The 8D context: one router, two audiences (HQ quality and the supplier). */
export const eightdRouter = router({
  hq: hqEightdRouter,
  supplier: supplierEightdRouter,
})
