import { useMutation } from '@tanstack/vue-query'
import { ElMessage } from 'element-plus'
import { useConfirm } from './use-confirm'

/** A step on a row: what it calls, asks and says, and what it refreshes. */
export type StepOptions<R, A> = {
  /** The call that takes the step (the app's own procedure). */
  call: (row: R) => Promise<A>
  /** The question asked first; nothing is called when it is declined. */
  question: (row: R) => string
  /** The success message, from what the call answered. */
  done: (answer: A) => string
  /** What to refresh afterwards, whether it worked or not. */
  settle: () => unknown
}

export type ConfirmedStepOptions<R, A> = StepOptions<R, A> & {
  /** Readable text for a failed call (the context's own error text). */
  errorText: (e: unknown) => string
}

/**
 * One step on a row after a yes/no question (ship a request, report an old part, mark it received):
 * the mutation with its success and error messages and the refresh. Returns `run(row)` and `pending`.
 */
export function useConfirmedStep<R, A>(opts: ConfirmedStepOptions<R, A>) {
  const confirm = useConfirm()
  const step = useMutation({
    mutationFn: opts.call,
    onSuccess: (answer) => ElMessage.success(opts.done(answer)),
    onError: (e) => ElMessage.error(opts.errorText(e)),
    onSettled: opts.settle,
  })
  async function run(row: R) {
    if (await confirm(opts.question(row))) step.mutate(row)
  }
  return { run, pending: step.isPending }
}
