import type { ApiClient } from '@asq/api-client'

/** A claim as the supplier reads it (`eightd.supplier.get`). */
export type SupplierClaim = Awaited<ReturnType<ApiClient['eightd']['supplier']['get']['query']>>
