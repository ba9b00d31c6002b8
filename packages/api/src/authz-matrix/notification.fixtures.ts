import type { NotificationRecipient } from '@asq/domain'
import { notify } from '../routers/notification/notify'
import { CUSTOMER_PHONE, type Fixture, MISSING_ID, type Principal, type Target } from './principals'

const OTHER_CUSTOMER_PHONE = '13800000003'

/**
 * A notification placed relative to the caller: "own" is in the caller's own inbox, "sameOrg" in a
 * colleague's (or, for a customer, another customer's), "otherTenant" in another organisation's user's.
 */
export async function notificationTarget(fx: Fixture, p: Principal, t: Target): Promise<string> {
  if (t === 'missing' || p === 'anonymous') return MISSING_ID
  const customerId = async (phone: string) =>
    (await fx.h.repos.customers.byContact({ type: 'phone', value: phone }))!.id
  const to: NotificationRecipient =
    p === 'customer'
      ? { customerId: await customerId(t === 'own' ? CUSTOMER_PHONE : OTHER_CUSTOMER_PHONE) }
      : { userId: await fx.userTarget(p, t) }
  const recipients = 'customerId' in to ? { customerIds: [to.customerId] } : { userIds: [to.userId] }
  const key = `matrix-${fx.seq()}`
  await notify(
    { repos: fx.h.repos },
    { event: 'message_received', key, recipients, link: '/', payload: { ref: key }, at: fx.h.now() },
  )
  const [n] = await fx.h.repos.notifications.list(to, { limit: 1, unreadOnly: false })
  return n!.id
}
