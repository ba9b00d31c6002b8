import type { ApiClient } from '@asq/api-client'
import { KINDS, RESPONSIBLE_UNITS, SEVERITIES } from '@asq/domain'
import type { ComplaintCommand, ComplaintLabels, StaffComplaint } from '@asq/ui'
import { caseRef as ref, sharedComplaintCommands, textStep } from '@asq/ui'

type T = (key: string, named?: Record<string, unknown>) => string
type Station = { id: string; nameZh: string; nameEn: string }

/** One step the desk takes through a small form: its fields and the call it makes. */
export type DeskCommand = ComplaintCommand
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

/** The desk's complaint steps: the shared ones and HQ's own, prefilled from the case where it helps. */
export function deskCommands(
  client: ApiClient,
  t: T,
  l: ComplaintLabels,
  c: StaffComplaint,
  stations: Station[],
): Record<DeskCommandKey, DeskCommand> {
  const api = client.complaint.desk
  return {
    ...sharedComplaintCommands(api, t, l),
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
    countermeasure: textStep(t, 'countermeasure', 'countermeasure', (countermeasure, x) =>
      api.recordCountermeasure.mutate({ ...ref(x), countermeasure }),
    ),
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
    reopen: textStep(t, 'reopen', 'reason', (reason, x) => api.reopen.mutate({ ...ref(x), reason }), {
      confirm: t('complaints.confirm.reopen'),
    }),
  }
}
