import { computed, ref, watch } from 'vue'

/**
 * Keyset paging for a list screen: the cursors of the pages seen so far, so "next" continues after the
 * last row and "previous" goes back to a cursor already known. A new filter or page size starts over.
 */
export function useKeysetPaging(initialSize = 20) {
  const cursors = ref<(string | undefined)[]>([undefined])
  const page = ref(1)
  const pageSize = ref(initialSize)
  const cursor = computed(() => cursors.value[page.value - 1])
  function next(nextCursor: string | null | undefined) {
    if (!nextCursor) return
    cursors.value[page.value] = nextCursor
    page.value++
  }
  function prev() {
    if (page.value > 1) page.value--
  }
  function reset() {
    cursors.value = [undefined]
    page.value = 1
  }
  watch(pageSize, reset)
  return { page, pageSize, cursor, next, prev, reset }
}
