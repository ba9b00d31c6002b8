import { keyOf, toApiError, useApi } from '@asq/api-client'
import {
  type Cause,
  type CommunicationStyle,
  type CustomerType,
  type Mindset,
  teachingCaseContentSchema,
} from '@asq/domain'
import { useConfirm, useContextErrorText, useSchemaForm } from '@asq/ui'
import { useQuery, useQueryClient } from '@tanstack/vue-query'
import { ElMessage } from 'element-plus'
import { computed, reactive, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { type Editor, TEXT_FIELDS, type TextField } from './leaks'

/** The editor's fields as the form holds them (no part and no style are empty text). */
export type Draft = {
  title: string
  cause: Cause
  partCode: string
  customerType: CustomerType
  communicationStyle: CommunicationStyle | ''
  mindsets: Mindset[]
  story: string
  actions: string
  lessons: string
}

const draftOf = (e: Editor): Draft => ({
  title: e.title,
  cause: e.cause,
  partCode: e.part?.code ?? '',
  customerType: e.customerType,
  communicationStyle: e.communicationStyle ?? '',
  mindsets: [...e.mindsets],
  story: e.story,
  actions: e.actions,
  lessons: e.lessons,
})

/**
 * One teaching case in its editor: the saved case, the draft being typed, save, publish (saving first)
 * and withdraw. A refusal lands on the field it names; where the saved text still carries the customer's
 * data comes from the server (it never sends the data itself, only where it is).
 */
export function useTeachingEditor(id: () => string) {
  const { t, te } = useI18n()
  const { client } = useApi()
  const qc = useQueryClient()
  const confirm = useConfirm()
  const errorText = useContextErrorText('teaching')
  const form = useSchemaForm(teachingCaseContentSchema)
  const input = computed(() => ({ id: id() }))
  const key = keyOf.improvement.learning.edit(input)
  const q = useQuery({ queryKey: key, queryFn: () => client.improvement.learning.edit.query(input.value) })
  const saved = computed(() => q.data.value)

  const draft = reactive<Draft>({} as Draft)
  const loaded = ref('')
  const fill = (e: Editor) => {
    Object.assign(draft, draftOf(e))
    loaded.value = JSON.stringify(draftOf(e))
  }
  watch(saved, (e) => e && fill(e), { immediate: true })
  const dirty = computed(() => !!saved.value && JSON.stringify(draft) !== loaded.value)
  const changed = (f: TextField) => !!saved.value && draft[f] !== saved.value[f]

  const refusal = ref<{ field: string; text: string } | null>(null)
  const error = ref<string | null>(null)
  const busy = ref<'save' | 'publish' | 'withdraw' | null>(null)
  const errors = computed(() => {
    const out: Record<string, string> = { ...form.errors }
    if (refusal.value) out[refusal.value.field] ??= refusal.value.text
    return out
  })
  /** The leaks of a field's saved text; none shown while that field is being changed. */
  const leaksOf = (f: TextField) =>
    changed(f) ? [] : (saved.value?.leaks ?? []).filter((x) => x.field === f)
  const savedText = computed(
    () =>
      Object.fromEntries(TEXT_FIELDS.map((f) => [f, saved.value?.[f] ?? ''])) as Record<TextField, string>,
  )

  const took = async (e: Editor) => {
    qc.setQueryData(key, e)
    fill(e)
    await qc.invalidateQueries({ queryKey: keyOf.improvement.learning.manage() })
  }
  async function save(): Promise<Editor | null> {
    const content = form.validate({
      ...draft,
      partCode: draft.partCode.trim() ? draft.partCode.trim().toUpperCase() : null,
      communicationStyle: draft.communicationStyle || null,
    })
    if (!content || !saved.value) return null
    if (!dirty.value) return saved.value
    const after = await client.improvement.learning.update.mutate({
      ...content,
      id: saved.value.id,
      version: saved.value.version,
    })
    await took(after)
    return after
  }
  async function run(kind: 'save' | 'publish' | 'withdraw', step: () => Promise<string | null>) {
    busy.value = kind
    error.value = null
    refusal.value = null
    try {
      const done = await step()
      if (done) ElMessage.success(done)
    } catch (e) {
      const err = toApiError(e)
      const field = Object.keys(err.fieldErrors)[0]
      const named = field && field in draft
      if (named) refusal.value = { field, text: errorText(e) }
      // The refusal stays above the form too, naming its field, so it is read even when that is out of view.
      error.value =
        named && te(`teaching.edit.fields.${field}`)
          ? `${t(`teaching.edit.fields.${field}`)}：${errorText(e)}`
          : errorText(e)
      void form.reveal()
    } finally {
      busy.value = null
    }
  }

  const onSave = () => run('save', async () => ((await save()) ? t('teaching.edit.saved') : null))
  const onPublish = async () => {
    if (!(await confirm(t('teaching.edit.publishConfirm'), { title: t('teaching.edit.publish') }))) return
    await run('publish', async () => {
      const s = await save()
      if (!s) return null
      await took(await client.improvement.learning.publish.mutate({ id: s.id, version: s.version }))
      return t('teaching.edit.published')
    })
  }
  const onWithdraw = async () => {
    const s = saved.value
    if (
      !s ||
      !(await confirm(t('teaching.edit.withdrawConfirm'), {
        title: t('teaching.edit.withdraw'),
        danger: true,
      }))
    )
      return
    await run('withdraw', async () => {
      await took(await client.improvement.learning.withdraw.mutate({ id: s.id, version: s.version }))
      return t('teaching.edit.withdrawn')
    })
  }

  return { q, saved, draft, dirty, errors, error, busy, leaksOf, savedText, onSave, onPublish, onWithdraw }
}
