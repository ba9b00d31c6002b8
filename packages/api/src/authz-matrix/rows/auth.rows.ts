import type { MatrixRows } from '../matrix.types'

const everyone = {
  anonymous: 'OK',
  hq_admin: 'OK',
  hq_service: 'OK',
  hq_quality: 'OK',
  hq_finance: 'OK',
  hq_general_manager: 'OK',
  dealer_manager: 'OK',
  dealer_staff: 'OK',
  supplier_user: 'OK',
  customer: 'OK',
} as const

export const authRows: MatrixRows = {
  'auth.me': { scoped: false, input: () => undefined, expect: everyone },
  'auth.login': {
    scoped: false,
    input: () => ({ username: 'quality', password: 'demo123456' }),
    expect: everyone,
  },
  'auth.requestCode': {
    scoped: false,
    input: (fx) => ({ contact: `1370000${String(fx.seq()).padStart(4, '0')}` }),
    expect: everyone,
  },
  'auth.verifyCode': {
    scoped: false,
    async input(fx) {
      const contact = `1360000${String(fx.seq()).padStart(4, '0')}`
      await (await fx.h.as(null)).auth.requestCode({ contact })
      return { contact, code: await fx.h.lastCodeSentTo(contact) }
    },
    expect: everyone,
  },
  'auth.logout': {
    scoped: false,
    freshSession: true,
    input: () => undefined,
    expect: { ...everyone, anonymous: 'UNAUTHORIZED' },
  },
}
