import { randomUUID } from 'node:crypto'
import { mutate, query, type Session } from './trpc'

export type ClosedCase = { id: string; number: string }
type Story = {
  cause: string
  summary: string
  description: string
  customerName: string
  customerContact: string
  /** What the station did to resolve it. */
  result: string
  /** What the customer said at the follow-up. */
  followUp: string
  severity?: 'minor' | 'major'
}

/**
 * The desk files a phone complaint for the Beijing station (D-BJ01), and the station handles it to the
 * end by API: respond, handle, resolve, follow up with a satisfied customer. The browser tests that need
 * a closed case start from here rather than clicking through the six steps again.
 */
export async function fileAndCloseAtBeijing(
  desk: Session,
  admin: Session,
  station: Session,
  story: Story,
): Promise<ClosedCase> {
  const dealers = await query<{ id: string; code: string }[]>(admin, 'identity.organisations', {
    kind: 'dealer',
  })
  const stationId = dealers.find((d) => d.code === 'D-BJ01')!.id
  const filed = await mutate<{ id: string; number: string; version: number }>(desk, 'complaint.desk.intake', {
    clientRequestId: randomUUID(),
    cause: story.cause,
    ...(story.severity ? { severity: story.severity } : {}),
    stationId,
    summary: story.summary,
    description: story.description,
    channel: 'phone',
    customerName: story.customerName,
    customerContact: story.customerContact,
  })
  let v = filed.version
  const step = async (cmd: string, input: Record<string, unknown> = {}) => {
    v = (
      await mutate<{ version: number }>(station, `complaint.station.${cmd}`, {
        id: filed.id,
        version: v,
        ...input,
      })
    ).version
  }
  await step('respond', { contactChannel: 'phone', note: '已致电客户 Called the customer' })
  await step('startHandling')
  await step('resolve', { result: story.result })
  await step('startFollowUp')
  await step('recordFollowUp', { satisfied: true, note: story.followUp })
  return { id: filed.id, number: filed.number }
}
