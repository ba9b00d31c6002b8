import type { ApiClient } from '@asq/api-client'
import { COMMUNICATION_STYLES, COMPENSATION_TYPES, type CommunicationStyle, MINDSETS } from '@asq/domain'
import type { CommandField, ComplaintLabels, StaffComplaint } from '@asq/ui'

type T = (key: string, named?: Record<string, unknown>) => string
type Values = Record<string, unknown>

/** One step the station can take through a small form: its fields and the call it makes. */
export type StationCommand = {
  title: string
  fields: CommandField[]
  confirm?: (v: Values) => string | undefined
  success?: string
  call: (v: Values, c: StaffComplaint) => Promise<unknown>
}

export type CommandKey =
  | 'respond'
  | 'story'
  | 'checkStock'
  | 'compensation'
  | 'waitForCustomer'
  | 'customerBack'
  | 'techSupport'
  | 'resolve'
  | 'recordFollowUp'
  | 'note'

const s = (v: unknown) => String(v ?? '')

/** The forms of the station's complaint steps, built from the domain's vocabularies. */
export function stationCommands(
  client: ApiClient,
  t: T,
  l: ComplaintLabels,
): Record<CommandKey, StationCommand> {
  const api = client.complaint.station
  const ref = (c: StaffComplaint) => ({ id: c.id, version: c.version })
  const text = (key: string, label: string, required = true, initial?: string): CommandField => ({
    key,
    label,
    type: 'textarea',
    required,
    initial,
  })
  return {
    respond: {
      title: t('complaints.actions.respond'),
      success: t('complaints.done.respond'),
      fields: [
        {
          key: 'contactChannel',
          label: t('complaints.fields.contactChannel'),
          type: 'radio',
          required: true,
          initial: 'phone',
          options: ['phone', 'on_site', 'sms', 'email'].map((v) => ({ value: v, label: l.contact(v) })),
        },
        text('note', t('complaints.fields.respondNote')),
      ],
      call: (v, c) =>
        api.respond.mutate({ ...ref(c), contactChannel: v.contactChannel as 'phone', note: s(v.note) }),
    },
    story: {
      title: t('complaints.actions.story'),
      fields: [],
      call: (v, c) =>
        api.recordStory.mutate({
          ...ref(c),
          story: {
            what: s(v.what),
            when: s(v.when),
            where: s(v.where),
            who: s(v.who),
            tools: s(v.tools),
            otherParties: s(v.otherParties),
            confirmedByCustomer: Boolean(v.confirmed),
          },
          mindsets: v.mindsets as (typeof MINDSETS)[number][],
          communicationStyle: (v.communicationStyle || null) as CommunicationStyle | null,
        }),
    },
    checkStock: {
      title: t('complaints.actions.checkStock'),
      fields: [
        {
          key: 'partCode',
          label: t('complaints.fields.partCode'),
          type: 'text',
          required: true,
          maxlength: 40,
        },
        {
          key: 'partName',
          label: t('complaints.fields.partName'),
          type: 'text',
          required: true,
          maxlength: 80,
        },
        {
          key: 'result',
          label: t('complaints.fields.stockResult'),
          type: 'radio',
          required: true,
          options: ['own_stock', 'sister_station', 'out_of_stock'].map((v) => ({
            value: v,
            label: l.stockResult(v),
          })),
        },
        text('note', t('complaints.fields.note'), false),
      ],
      call: (v, c) =>
        api.checkStock.mutate({
          ...ref(c),
          partCode: s(v.partCode),
          partName: s(v.partName),
          result: v.result as 'own_stock',
          note: s(v.note),
        }),
    },
    compensation: {
      title: t('complaints.actions.compensation'),
      fields: [
        {
          key: 'type',
          label: t('complaints.fields.type'),
          type: 'select',
          required: true,
          options: COMPENSATION_TYPES.map((v) => ({ value: v, label: l.compensation(v) })),
        },
        {
          key: 'amountFen',
          label: t('complaints.fields.amount'),
          type: 'money',
          required: true,
          placeholder: '0.00',
        },
        text('note', t('complaints.fields.compensationNote')),
      ],
      call: (v, c) =>
        api.proposeCompensation.mutate({
          ...ref(c),
          type: v.type as (typeof COMPENSATION_TYPES)[number],
          amountFen: Number(v.amountFen),
          note: s(v.note),
        }),
    },
    waitForCustomer: {
      title: t('complaints.actions.waitForCustomer'),
      fields: [text('reason', t('complaints.fields.reason'))],
      call: (v, c) => api.waitForCustomer.mutate({ ...ref(c), reason: s(v.reason) }),
    },
    customerBack: {
      title: t('complaints.actions.customerBack'),
      fields: [text('note', t('complaints.fields.note'), false)],
      call: (v, c) => api.customerBack.mutate({ ...ref(c), note: s(v.note) }),
    },
    techSupport: {
      title: t('complaints.actions.techSupport'),
      fields: [text('question', t('complaints.fields.question'))],
      confirm: () => t('complaints.confirm.techSupport'),
      call: (v, c) => api.requestTechSupport.mutate({ ...ref(c), question: s(v.question) }),
    },
    resolve: {
      title: t('complaints.actions.resolve'),
      success: t('complaints.done.resolve'),
      fields: [text('result', t('complaints.fields.result'))],
      confirm: () => t('complaints.confirm.resolve'),
      call: (v, c) => api.resolve.mutate({ ...ref(c), result: s(v.result) }),
    },
    recordFollowUp: {
      title: t('complaints.actions.recordFollowUp'),
      fields: [
        {
          key: 'satisfied',
          label: t('complaints.fields.satisfied'),
          type: 'radio',
          required: true,
          options: [
            { value: true, label: t('complaints.fields.yes') },
            { value: false, label: t('complaints.fields.no') },
          ],
        },
        text('note', t('complaints.fields.followNote')),
      ],
      confirm: (v) =>
        v.satisfied ? t('complaints.confirm.followUpSatisfied') : t('complaints.confirm.followUpNot'),
      call: (v, c) =>
        api.recordFollowUp.mutate({ ...ref(c), satisfied: Boolean(v.satisfied), note: s(v.note) }),
    },
    note: {
      title: t('complaints.actions.note'),
      fields: [text('note', t('complaints.fields.note'))],
      call: (v, c) => api.addNote.mutate({ ...ref(c), note: s(v.note) }),
    },
  }
}

/** The story form, prefilled with what was recorded before. */
export function storyFields(t: T, l: ComplaintLabels, c: StaffComplaint): CommandField[] {
  const st = c.story
  const f = (
    key: keyof NonNullable<StaffComplaint['story']>,
    type: 'text' | 'textarea',
    required = false,
  ) => ({
    key,
    label: t(`complaints.fields.${key}`),
    type,
    required,
    initial: st ? String(st[key]) : '',
  })
  return [
    f('what', 'textarea', true),
    f('when', 'text'),
    f('where', 'text'),
    f('who', 'text'),
    f('tools', 'text'),
    f('otherParties', 'textarea'),
    {
      key: 'confirmed',
      label: t('complaints.fields.confirmed'),
      type: 'switch',
      initial: st?.confirmedByCustomer ?? false,
    },
    {
      key: 'mindsets',
      label: t('complaints.fields.mindsets'),
      type: 'checks',
      initial: [...c.mindsets],
      options: MINDSETS.map((m) => ({ value: m, label: l.mindset(m) })),
    },
    {
      key: 'communicationStyle',
      label: t('complaints.fields.communicationStyle'),
      type: 'radio',
      initial: c.communicationStyle ?? '',
      options: COMMUNICATION_STYLES.map((s) => ({ value: s, label: l.style(s) })),
      hint: (v) => l.styleTips(v as string),
    },
  ]
}
