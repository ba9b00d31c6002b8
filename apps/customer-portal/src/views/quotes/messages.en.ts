import type { quotesZh } from './messages'

/** English, in its own module so the Chinese first screen does not carry it (see i18n/index.ts). */
export const quotesEn: typeof quotesZh = {
  title: 'My repair quotes',
  intro: 'Every charge says why: what is under warranty costs you nothing.',
  number: 'Quote {n}',
  repairDate: 'Repair date {d}',
  status: { open: 'Open', final: 'Final' },
  free: 'Under warranty · free',
  charged: 'Out of warranty',
  oldPart: 'The station returns the old part to the manufacturer',
  quantity: 'Qty {q}',
  hours: '{q} h',
  total: 'You pay',
  pending:
    "The station's fee standard awaits the manufacturer's approval; you will not be charged before it is approved.",
  empty: 'No repair quotes yet',
  emptyHint: 'When a station prices a repair of your vehicle, it shows here.',
  loadMore: 'Load more',
  back: 'Back home',
}
