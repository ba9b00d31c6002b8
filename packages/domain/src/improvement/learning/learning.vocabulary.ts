/**
 * The learning centre's vocabularies. The customer type is what HQ files a teaching case under; the
 * platform keeps no such field on a customer (only the key-account flag), so it is defined here.
 */
export const CUSTOMER_TYPES = ['private', 'key_account', 'fleet', 'business'] as const
export type CustomerType = (typeof CUSTOMER_TYPES)[number]

/** Draft → published → withdrawn (a withdrawn case leaves the library; its record stays). */
export const TEACHING_CASE_STATUSES = ['draft', 'published', 'withdrawn'] as const
export type TeachingCaseStatus = (typeof TEACHING_CASE_STATUSES)[number]

type Labels<T extends string> = Record<T, { zh: string; en: string }>

export const CUSTOMER_TYPE_LABELS: Labels<CustomerType> = {
  private: { zh: '私人客户', en: 'Private owner' },
  key_account: { zh: '大客户', en: 'Key account' },
  fleet: { zh: '车队客户', en: 'Fleet' },
  business: { zh: '单位客户', en: 'Business' },
}

export const TEACHING_CASE_STATUS_LABELS: Labels<TeachingCaseStatus> = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
}

/** The type a case's customer is filed under by default: a key account (大客户) or a private owner. */
export const customerTypeOf = (customer: { keyAccount: boolean }): CustomerType =>
  customer.keyAccount ? 'key_account' : 'private'
