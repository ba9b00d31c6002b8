import { keepPreviousData, type QueryKey, useQuery } from '@tanstack/vue-query'
import { type ComputedRef, computed, type MaybeRef, reactive, watch } from 'vue'
import { type LocationQuery, useRoute, useRouter } from 'vue-router'
import { useKeysetPaging } from '../composables/use-keyset-paging'
import { criteriaOf, type Filters, filtersFromQuery, mergeQuery, queryFromFilters } from './url-filters'

/** One page as the list procedures answer it (keyset paging: `nextCursor`; a capped count: `totalCapped`). */
export type PageOf<R> = { items: R[]; total: number; totalCapped?: boolean; nextCursor?: string | null }
export type ListInput<F extends Filters> = ReturnType<typeof criteriaOf<F>> & {
  page: number
  pageSize: number
  cursor: string | undefined
}

export type PagedListOptions<F extends Filters, R> = {
  /** The filters and their defaults; kept in the URL query, so the list can be bookmarked and shared. None: left out. */
  filters?: F
  /** Reads the filters from a URL the page's own way (e.g. only known values); by default by the defaults' types. */
  fromQuery?: (query: LocationQuery) => F
  /** The query key from the procedure path: `(input) => keyOf.complaint.desk.list(input)`. */
  key: (input: ComputedRef<ListInput<F>>) => QueryKey
  /** The call: `(input) => client.complaint.desk.list.query(input)`. */
  fetch: (input: ListInput<F>) => Promise<PageOf<R>>
  pageSize?: number
  /** Readable text for a failed call (the context's own error text). */
  errorText?: (e: unknown) => string
  refetchInterval?: number
  /** Whether to call at all (a queue only some roles may read). */
  enabled?: MaybeRef<boolean>
}

/**
 * A list screen in one declaration: filters in the URL (back/forward restore them), keyset paging (or
 * paging by number when the procedure gives no cursor) that starts over when a filter changes, the query, its rows, loading and error. Render it with <PagedTable>.
 */
export function usePagedList<F extends Filters = Record<never, never>, R = never>(
  opts: PagedListOptions<F, R>,
) {
  const route = useRoute()
  const router = useRouter()
  const defaults = opts.filters ?? ({} as F)
  const read = (query: LocationQuery) => opts.fromQuery?.(query) ?? filtersFromQuery(defaults, query)
  const filters = reactive({ ...read(route.query) }) as F
  const paging = useKeysetPaging(opts.pageSize ?? 20)

  const same = (a: Record<string, string>, b: Record<string, string>) =>
    JSON.stringify(a) === JSON.stringify(b)
  watch(
    () => ({ ...filters }),
    (now) => {
      paging.reset()
      const wanted = queryFromFilters(defaults, now as F)
      if (!same(wanted, queryFromFilters(defaults, read(route.query))))
        void router.push({ query: mergeQuery(defaults, route.query, now as F) })
    },
  )
  // Back and forward: the URL changed under the list, so the filters follow it.
  watch(
    () => route.query,
    (query) => {
      const fromUrl = read(query)
      if (!same(queryFromFilters(defaults, fromUrl), queryFromFilters(defaults, { ...filters } as F)))
        Object.assign(filters, fromUrl)
    },
  )

  const input = computed(
    () =>
      ({
        ...criteriaOf({ ...filters } as F),
        page: paging.page.value,
        pageSize: paging.pageSize.value,
        cursor: paging.cursor.value,
      }) as ListInput<F>,
  )
  const query = useQuery({
    queryKey: opts.key(input),
    queryFn: () => opts.fetch(input.value),
    placeholderData: keepPreviousData,
    refetchInterval: opts.refetchInterval,
    enabled: opts.enabled ?? true,
  })
  const data = computed(() => query.data.value)
  // A list paged by number (no cursor) has a next page while rows remain past this one.
  const byNumber = computed(
    () => !data.value?.nextCursor && (data.value?.total ?? 0) > paging.page.value * paging.pageSize.value,
  )
  return {
    filters,
    /** The filters as the procedure takes them, without paging (for an export of the same rows). */
    criteria: computed(() => criteriaOf({ ...filters } as F)),
    input,
    query,
    rows: computed(() => data.value?.items ?? []),
    total: computed(() => data.value?.total ?? 0),
    totalCapped: computed(() => !!data.value?.totalCapped),
    hasNext: computed(() => !!data.value?.nextCursor || byNumber.value),
    loading: computed(() => query.isLoading.value),
    fetching: computed(() => query.isFetching.value),
    error: computed(() =>
      query.error.value ? (opts.errorText?.(query.error.value) ?? String(query.error.value)) : null,
    ),
    page: paging.page,
    pageSize: paging.pageSize,
    next: () => {
      if (data.value?.nextCursor) paging.next(data.value.nextCursor)
      else if (byNumber.value) paging.page.value++
    },
    prev: paging.prev,
    refetch: () => query.refetch(),
  }
}

export type PagedList<R = unknown> = Omit<ReturnType<typeof usePagedList<Filters, R>>, 'filters'>
