import type { AuditEvent, Repositories } from '@asq/domain'
import { normalizeContact } from '@asq/domain'

/**
 * The customer behind a phone or e-mail given at intake; a new contact becomes a new customer. The id
 * stays server-side: callers answer the same whether the contact was known or not.
 */
export async function findOrCreateCustomer(
  tx: { repos: Repositories; audit(e: AuditEvent): Promise<void> },
  name: string,
  contact: string,
): Promise<string> {
  const c = normalizeContact(contact)
  const existing = await tx.repos.customers.byContact(c)
  if (existing) return existing.id
  const created = await tx.repos.customers.create({
    name,
    phone: c.type === 'phone' ? c.value : null,
    email: c.type === 'email' ? c.value : null,
  })
  await tx.audit({
    action: 'customer.create',
    entityType: 'customer',
    entityId: created.id,
    before: null,
    after: { name },
  })
  return created.id
}
