import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query'
import { describe, expect, it, vi } from 'vitest'
import { createApp, effectScope, nextTick } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { type ListInput, type PagedListOptions, usePagedList } from './use-paged-list'

const defaults = { status: undefined as string | undefined, overdue: false }
type Input = ListInput<typeof defaults>

/** The composable inside an app with a router at `url` and a query client, as a page would run it. */
async function mount(
  url: string,
  opts: Omit<PagedListOptions<typeof defaults, { id: string }>, 'filters' | 'key'>,
) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/list', component: { render: () => null } }],
  })
  await router.push(url)
  const app = createApp({ render: () => null })
  app
    .use(router)
    .use(VueQueryPlugin, { queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }) })
  const list = effectScope().run(() =>
    app.runWithContext(() => usePagedList({ filters: defaults, key: (i) => ['test', url, i], ...opts })),
  )
  if (!list) throw new Error('no list')
  return { router, list }
}

async function setup(url: string) {
  const fetch = vi.fn(async (input: Input) => ({
    items: [{ id: `${input.status ?? 'all'}-${input.page}` }],
    total: 30,
    nextCursor: input.page < 2 ? 'c2' : null,
  }))
  const { router, list } = await mount(url, { fetch, pageSize: 10 })
  const settle = async () => {
    await vi.waitFor(() => expect(list.fetching.value).toBe(false))
    await nextTick()
  }
  return { router, list, fetch, settle }
}

describe('usePagedList', () => {
  it('takes its filters from the URL, so a shared link opens the same list', async () => {
    const { list, fetch, settle } = await setup('/list?status=open&overdue=1')
    expect(list.filters).toEqual({ status: 'open', overdue: true })
    await list.query.refetch()
    await settle()
    expect(fetch).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 'open', overdue: true, page: 1, pageSize: 10, cursor: undefined }),
    )
    expect(list.rows.value).toEqual([{ id: 'open-1' }])
  })

  it('writes a changed filter into the URL, starts over at page 1, and follows back/forward', async () => {
    const { router, list, settle } = await setup('/list?tab=x')
    await list.query.refetch()
    await settle()
    list.next()
    expect(list.page.value).toBe(2)
    list.filters.status = 'closed'
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ tab: 'x', status: 'closed' }))
    expect(list.page.value).toBe(1)
    router.back()
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ tab: 'x' }))
    await vi.waitFor(() => expect(list.filters.status).toBeUndefined())
  })

  it('reports a failed call as readable text', async () => {
    const { list } = await mount('/list', {
      fetch: () => Promise.reject(new Error('boom')),
      errorText: (e) => `读取失败：${(e as Error).message}`,
    })
    await list.query.refetch()
    await vi.waitFor(() => expect(list.error.value).toBe('读取失败：boom'))
    expect(list.rows.value).toEqual([])
  })

  it('pages by number when the procedure gives no cursor', async () => {
    const fetch = vi.fn(async (input: Input) => ({ items: [{ id: `p${input.page}` }], total: 25 }))
    const { list } = await mount('/list', { fetch, pageSize: 10 })
    await list.query.refetch()
    await vi.waitFor(() => expect(list.rows.value).toEqual([{ id: 'p1' }]))
    expect(list.hasNext.value).toBe(true)
    list.next()
    await vi.waitFor(() => expect(list.rows.value).toEqual([{ id: 'p2' }]))
    expect(fetch).toHaveBeenLastCalledWith(expect.objectContaining({ page: 2, cursor: undefined }))
    list.next()
    await vi.waitFor(() => expect(list.rows.value).toEqual([{ id: 'p3' }]))
    expect(list.hasNext.value).toBe(false)
  })

  it('takes no filters where a list has none: it only pages', async () => {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/list', component: { render: () => null } }],
    })
    await router.push('/list')
    const app = createApp({ render: () => null })
      .use(router)
      .use(VueQueryPlugin, { queryClient: new QueryClient() })
    const fetch = vi.fn(async ({ page }: { page: number }) => ({ items: [{ id: `p${page}` }], total: 1 }))
    const list = effectScope().run(() =>
      app.runWithContext(() => usePagedList({ key: (i) => ['bare', i], fetch })),
    )
    await list?.query.refetch()
    await vi.waitFor(() => expect(list?.rows.value).toEqual([{ id: 'p1' }]))
    expect(list?.filters).toEqual({})
    expect(fetch).toHaveBeenLastCalledWith({ page: 1, pageSize: 20, cursor: undefined })
  })
})
