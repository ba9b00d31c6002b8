export type Contact = { type: 'phone' | 'email'; value: string }

/** One canonical form per contact so that "138 0000 0000" and "13800000000" are the same customer. */
export function normalizeContact(raw: string): Contact {
  const trimmed = raw.trim()
  const digits = trimmed.replace(/[\s-]/g, '')
  if (/^1\d{10}$/.test(digits)) return { type: 'phone', value: digits }
  return { type: 'email', value: trimmed.toLowerCase() }
}

/** Show enough of a contact to recognise it, not enough to harvest it. */
export function maskContact(c: Contact): string {
  if (c.type === 'phone') return `${c.value.slice(0, 3)}****${c.value.slice(-4)}`
  const [user = '', domain = ''] = c.value.split('@')
  return `${user.slice(0, 1)}***@${domain}`
}
