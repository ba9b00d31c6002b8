/**
 * A quality liaison letter (品质联络书): a station's report of a suspected quality problem that no
 * customer has raised yet. HQ quality answers it, closes it, or turns it into an 8D claim.
 */
export const LIAISON_STATES = ['submitted', 'answered', 'closed', 'escalated_to_8d'] as const
export type LiaisonState = (typeof LIAISON_STATES)[number]

/** What HQ quality may do to a letter; each is a transition of the state machine (or none). */
export const LIAISON_COMMANDS = ['answer', 'close', 'escalate', 'link'] as const
export type LiaisonCommand = (typeof LIAISON_COMMANDS)[number]

/** What a letter can be linked to: a complaint, or a warranty claim line of the same part. */
export const LIAISON_LINK_KINDS = ['complaint', 'claim_line'] as const
export type LiaisonLinkKind = (typeof LIAISON_LINK_KINDS)[number]

/** At most this many VINs on one letter; a wider problem names a sample and the vehicle count. */
export const MAX_LIAISON_VINS = 50
/** At most this many photos on one letter. */
export const MAX_LIAISON_PHOTOS = 6

/** Labels for what the server prints (audit, e-mail); the apps use their own i18n messages. */
export const LIAISON_STATE_LABELS: Record<LiaisonState, { zh: string; en: string }> = {
  submitted: { zh: '已提交', en: 'Submitted' },
  answered: { zh: '已答复', en: 'Answered' },
  closed: { zh: '已关闭', en: 'Closed' },
  escalated_to_8d: { zh: '已转 8D', en: 'Escalated to 8D' },
}
