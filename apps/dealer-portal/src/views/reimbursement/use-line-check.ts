import { useApi } from '@asq/api-client'
import { ref } from 'vue'
import type { Problem } from './types'

/**
 * This page's check of a draft claim's lines, by line id: empty until a check has answered (the lines
 * read "checking…", never a stored result that may be stale); a newer check wins over an older answer.
 */
export function useLineCheck() {
  const { client } = useApi()
  const problems = ref<Record<string, Problem[]>>({})
  let latest = 0
  async function check(id: string) {
    const n = ++latest
    const v = await client.reimbursement.dealer.validate.query({ id })
    if (n === latest) problems.value = Object.fromEntries(v.lines.map((l) => [l.lineId, l.problems]))
    return v
  }
  function reset() {
    latest++
    problems.value = {}
  }
  return { problems, check, reset }
}
