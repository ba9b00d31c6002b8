import type { ApiClient } from '@asq/api-client'
import { COMMUNICATION_STYLES, type CommunicationStyle, MINDSETS } from '@asq/domain'
import {
  type CommandField,
  type ComplaintCommand,
  type ComplaintLabels,
  caseRef as ref,
  type StaffComplaint,
  valueText as s,
  sharedComplaintCommands,
  textField as text,
  textStep,
} from '@asq/ui'

type T = (key: string, named?: Record<string, unknown>) => string

/** One step the station can take through a small form: its fields and the call it makes. */
export type StationCommand = ComplaintCommand

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

/** The forms of the station's complaint steps: the shared ones (with the station's success words) and its own. */
export function stationCommands(
  client: ApiClient,
  t: T,
  l: ComplaintLabels,
): Record<CommandKey, StationCommand> {
  const api = client.complaint.station
  const shared = sharedComplaintCommands(api, t, l)
  return {
    ...shared,
    respond: { ...shared.respond, success: t('complaints.done.respond') },
    resolve: { ...shared.resolve, success: t('complaints.done.resolve') },
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
    waitForCustomer: textStep(t, 'waitForCustomer', 'reason', (reason, c) =>
      api.waitForCustomer.mutate({ ...ref(c), reason }),
    ),
    customerBack: textStep(
      t,
      'customerBack',
      'note',
      (note, c) => api.customerBack.mutate({ ...ref(c), note }),
      {
        required: false,
      },
    ),
    techSupport: textStep(
      t,
      'techSupport',
      'question',
      (question, c) => api.requestTechSupport.mutate({ ...ref(c), question }),
      { confirm: t('complaints.confirm.techSupport') },
    ),
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
