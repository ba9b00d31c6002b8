/** Staff roles; customers are a separate kind of principal without a role. */
export const ROLES = [
  'hq_admin',
  'hq_service',
  'hq_quality',
  'hq_finance',
  'hq_general_manager',
  'dealer_manager',
  'dealer_staff',
  'supplier_user',
] as const
export type Role = (typeof ROLES)[number]

export const ORG_KINDS = ['hq', 'dealer', 'supplier'] as const
export type OrgKind = (typeof ORG_KINDS)[number]

export const HQ_ROLES = [
  'hq_admin',
  'hq_service',
  'hq_quality',
  'hq_finance',
  'hq_general_manager',
] as const satisfies readonly Role[]
export const DEALER_ROLES = ['dealer_manager', 'dealer_staff'] as const satisfies readonly Role[]
export const SUPPLIER_ROLES = ['supplier_user'] as const satisfies readonly Role[]

/** Which kind of organisation a role belongs to; a user's roles must all match their organisation. */
export function orgKindOfRole(role: Role): OrgKind {
  if (role.startsWith('hq_')) return 'hq'
  if (role.startsWith('dealer_')) return 'dealer'
  return 'supplier'
}

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  hq_admin: { zh: '总部管理员', en: 'HQ administrator' },
  hq_service: { zh: '总部服务部', en: 'HQ service desk' },
  hq_quality: { zh: '总部质量部', en: 'HQ quality' },
  hq_finance: { zh: '总部财务', en: 'HQ finance' },
  hq_general_manager: { zh: '总经理', en: 'General manager' },
  dealer_manager: { zh: '站长 / 经理', en: 'Station manager' },
  dealer_staff: { zh: '服务顾问', en: 'Service advisor' },
  supplier_user: { zh: '供应商用户', en: 'Supplier user' },
}
