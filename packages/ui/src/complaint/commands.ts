import { COMPENSATION_TYPES, type CompensationType } from '@asq/domain'
import type { CommandField } from './CommandDialog.vue'
import type { ComplaintLabels } from './labels'
import type { StaffComplaint } from './types'

type T = (key: string, named?: Record<string, unknown>) => string
export type CommandValues = Record<string, unknown>

/** One step a role takes on a complaint through a small form: its fields and the call it makes. */
export type ComplaintCommand = {
  title: string
  fields: CommandField[]
  confirm?: (v: CommandValues) => string | undefined
  success?: string
  call: (v: CommandValues, c: StaffComplaint) => Promise<unknown>
}

type Ref = { id: string; version: number }
type Call<I> = { mutate(input: Ref & I): Promise<unknown> }
export type ContactChannel = 'phone' | 'on_site' | 'sms' | 'email'

/** The part of a role's complaint sub-router (`complaint.desk`, `complaint.station`) the shared steps call. */
export type ComplaintCommandApi = {
  respond: Call<{ contactChannel: ContactChannel; note: string }>
  proposeCompensation: Call<{ type: CompensationType; amountFen: number; note: string }>
  resolve: Call<{ result: string }>
  recordFollowUp: Call<{ satisfied: boolean; note: string }>
  addNote: Call<{ note: string }>
}

/** Text of a form value (absent as ''). */
export const valueText = (v: unknown) => String(v ?? '')
/** The case a step is about, as every step's input names it. */
export const caseRef = (c: StaffComplaint): Ref => ({ id: c.id, version: c.version })
/** A free-text field of a step (required unless said otherwise). */
export const textField = (key: string, label: string, required = true, initial?: string): CommandField => ({
  key,
  label,
  type: 'textarea',
  required,
  initial,
})

/**
 * A step whose one field is a free text (a reason, a question, a note): its title is the app's
 * `complaints.actions.<name>`, the field's label `complaints.fields.<field>`, and `call` gets the text.
 */
export function textStep(
  t: T,
  name: string,
  field: string,
  call: (text: string, c: StaffComplaint) => Promise<unknown>,
  options: { required?: boolean; confirm?: string } = {},
): ComplaintCommand {
  const { required = true, confirm } = options
  return {
    title: t(`complaints.actions.${name}`),
    fields: [textField(field, t(`complaints.fields.${field}`), required)],
    confirm: confirm === undefined ? undefined : () => confirm,
    call: (v, c) => call(valueText(v[field]), c),
  }
}

/** A required choice among a few options, shown as radio buttons. */
const choice = (
  key: string,
  label: string,
  options: NonNullable<CommandField['options']>,
  initial?: unknown,
): CommandField => ({ key, label, type: 'radio', required: true, initial, options })

/**
 * The steps HQ's desk and the station both take (respond, propose goodwill, resolve, the follow-up
 * call, an internal note), built from the domain's vocabularies over the role's sub-router. Each app
 * adds its own steps beside them; the words are the app's `complaints.*` messages.
 */
export function sharedComplaintCommands(api: ComplaintCommandApi, t: T, l: ComplaintLabels) {
  const s = valueText
  const channels: ContactChannel[] = ['phone', 'on_site', 'sms', 'email']
  const respond: ComplaintCommand = {
    title: t('complaints.actions.respond'),
    fields: [
      choice(
        'contactChannel',
        t('complaints.fields.contactChannel'),
        channels.map((v) => ({ value: v, label: l.contact(v) })),
        'phone',
      ),
      textField('note', t('complaints.fields.respondNote')),
    ],
    call: (v, c) => {
      const contactChannel = v.contactChannel as ContactChannel
      return api.respond.mutate({ ...caseRef(c), contactChannel, note: s(v.note) })
    },
  }
  const compensation: ComplaintCommand = {
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
      textField('note', t('complaints.fields.compensationNote')),
    ],
    call: (v, c) =>
      api.proposeCompensation.mutate({
        ...caseRef(c),
        type: v.type as CompensationType,
        amountFen: Number(v.amountFen),
        note: s(v.note),
      }),
  }
  const resolve: ComplaintCommand = {
    title: t('complaints.actions.resolve'),
    fields: [textField('result', t('complaints.fields.result'))],
    confirm: () => t('complaints.confirm.resolve'),
    call: (v, c) => api.resolve.mutate({ ...caseRef(c), result: s(v.result) }),
  }
  const recordFollowUp: ComplaintCommand = {
    title: t('complaints.actions.recordFollowUp'),
    fields: [
      choice('satisfied', t('complaints.fields.satisfied'), [
        { value: true, label: t('complaints.fields.yes') },
        { value: false, label: t('complaints.fields.no') },
      ]),
      textField('note', t('complaints.fields.followNote')),
    ],
    confirm: (v) =>
      v.satisfied ? t('complaints.confirm.followUpSatisfied') : t('complaints.confirm.followUpNot'),
    call: (v, c) =>
      api.recordFollowUp.mutate({ ...caseRef(c), satisfied: Boolean(v.satisfied), note: s(v.note) }),
  }
  const note: ComplaintCommand = {
    title: t('complaints.actions.note'),
    fields: [textField('note', t('complaints.fields.note'))],
    call: (v, c) => api.addNote.mutate({ ...caseRef(c), note: s(v.note) }),
  }
  return { respond, compensation, resolve, recordFollowUp, note }
}
