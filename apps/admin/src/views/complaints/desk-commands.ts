import type { ApiClient } from '@asq/api-client'
import { COMPENSATION_TYPES, KINDS, RESPONSIBLE_UNITS, SEVERITIES } from '@asq/domain'
import type { CommandField, ComplaintLabels, StaffComplaint } from '@asq/ui'

type T = (key: string, named?: Record<string, unknown>) => string
type Values = Record<string, unknown>
type Station = { id: string; nameZh: string; nameEn: string }

/** One step the desk takes through a small form: its fields and the call it makes. */
export type DeskCommand = {
  title: string
  fields: CommandField[]
  confirm?: (v: Values) => string | undefined
  call: (v: Values, c: StaffComplaint) => Promise<unknown>
}
export type DeskCommandKey =
  | 'respond'
  | 'assign'
  | 'countermeasure'
  | 'reclassify'
  | 'compensation'
  | 'resolve'
  | 'recordFollowUp'
  | 'reopen'
  | 'note'

const s = (v: unknown) => String(v ?? '')

/** The desk's complaint steps, built from the domain's vocabularies; prefilled from the case where it helps. */
export function deskCommands(
  client: ApiClient,
  t: T,
  l: ComplaintLabels,
  c: StaffComplaint,
  stations: Station[],
): Record<DeskCommandKey, DeskCommand> {
  const api = client.complaint.desk
  const ref = (x: StaffComplaint) => ({ id: x.id, version: x.version })
  const text = (key: string, label: string, required = true): CommandField => ({
    key,
    label,
    type: 'textarea',
    required,
  })
  return {
    respond: {
      title: t('complaints.actions.respond'),
      fields: [
        {
          key: 'contactChannel',
          label: t('complaints.fields.contactChannel'),
          type: 'radio',
          initial: 'phone',
          options: ['phone', 'sms', 'email', 'on_site'].map((v) => ({ value: v, label: l.contact(v) })),
        },
        text('note', t('complaints.fields.respondNote')),
      ],
      call: (v, x) =>
        api.respond.mutate({ ...ref(x), contactChannel: v.contactChannel as 'phone', note: s(v.note) }),
    },
    assign: {
      title: t('complaints.actions.assign'),
      fields: [
        {
          key: 'responsibleUnit',
          label: t('complaints.fields.unit'),
          type: 'radio',
          required: true,
          initial: c.responsibleUnit ?? undefined,
          options: RESPONSIBLE_UNITS.map((u) => ({ value: u, label: l.unit(u) })),
        },
        {
          key: 'stationId',
          label: t('complaints.fields.station'),
          type: 'select',
          initial: c.stationId ?? undefined,
          options: stations.map((st) => ({ value: st.id, label: l.pick({ zh: st.nameZh, en: st.nameEn }) })),
        },
      ],
      call: (v, x) =>
        api.assign.mutate({
          ...ref(x),
          responsibleUnit: v.responsibleUnit as (typeof RESPONSIBLE_UNITS)[number],
          stationId: (v.stationId as string) || undefined,
        }),
    },
    countermeasure: {
      title: t('complaints.actions.countermeasure'),
      fields: [text('countermeasure', t('complaints.fields.countermeasure'))],
      call: (v, x) => api.recordCountermeasure.mutate({ ...ref(x), countermeasure: s(v.countermeasure) }),
    },
    reclassify: {
      title: t('complaints.actions.reclassify'),
      fields: [
        {
          key: 'kind',
          label: t('complaints.fields.kind'),
          type: 'radio',
          initial: c.kind,
          options: KINDS.map((k) => ({ value: k, label: l.kind(k) })),
        },
        {
          key: 'severity',
          label: t('complaints.fields.severity'),
          type: 'radio',
          initial: c.severity,
          options: SEVERITIES.map((k) => ({ value: k, label: l.severity(k) })),
        },
      ],
      confirm: () => t('complaints.confirm.reclassify'),
      call: (v, x) =>
        api.reclassify.mutate({
          ...ref(x),
          kind: v.kind as (typeof KINDS)[number],
          severity: v.severity as (typeof SEVERITIES)[number],
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
      call: (v, x) =>
        api.proposeCompensation.mutate({
          ...ref(x),
          type: v.type as (typeof COMPENSATION_TYPES)[number],
          amountFen: Number(v.amountFen),
          note: s(v.note),
        }),
    },
    resolve: {
      title: t('complaints.actions.resolve'),
      fields: [text('result', t('complaints.fields.result'))],
      confirm: () => t('complaints.confirm.resolve'),
      call: (v, x) => api.resolve.mutate({ ...ref(x), result: s(v.result) }),
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
      call: (v, x) =>
        api.recordFollowUp.mutate({ ...ref(x), satisfied: Boolean(v.satisfied), note: s(v.note) }),
    },
    reopen: {
      title: t('complaints.actions.reopen'),
      fields: [text('reason', t('complaints.fields.reason'))],
      confirm: () => t('complaints.confirm.reopen'),
      call: (v, x) => api.reopen.mutate({ ...ref(x), reason: s(v.reason) }),
    },
    note: {
      title: t('complaints.actions.note'),
      fields: [text('note', t('complaints.fields.note'))],
      call: (v, x) => api.addNote.mutate({ ...ref(x), note: s(v.note) }),
    },
  }
}
