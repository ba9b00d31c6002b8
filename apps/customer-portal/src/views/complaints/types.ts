import type { ApiClient } from '@asq/api-client'

type Out<P extends { query: (...args: never[]) => Promise<unknown> }> = Awaited<ReturnType<P['query']>>

export type MyComplaint = Out<ApiClient['complaint']['my']['get']>
export type MyComplaintRow = Out<ApiClient['complaint']['my']['list']>['items'][number]
export type TimelineEntry = MyComplaint['timeline'][number]

export const complaintKeys = {
  all: ['complaint', 'my'] as const,
  list: ['complaint', 'my', 'list'] as const,
  one: (id: string) => ['complaint', 'my', 'get', id] as const,
  formOptions: ['complaint', 'my', 'formOptions'] as const,
}
