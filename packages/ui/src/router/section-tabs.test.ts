import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { page, section } from './page-route'
import { sectionTabs } from './section-tabs'

const load = () => Promise.resolve({ default: {} })
const routes: RouteRecordRaw[] = [
  section('fees', { tabs: 'fees.tabs', roles: ['hq_admin', 'hq_finance'] }, [
    page('', 'fees', load, { meta: { tab: 'catalogue' } }),
    page('terms', 'fee-terms', load, { meta: { tab: 'terms' } }),
    page('terms/:id', 'fee-term', load),
    page('settings', 'fee-settings', load, { meta: { tab: 'settings', roles: ['hq_admin'] } }),
  ]),
  page('home', 'home', load),
]

async function at(path: string) {
  // Inside the frame, as the apps' pages are (children of '/').
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', children: routes }] })
  await router.push(path)
  return router.currentRoute.value.matched
}

describe('sectionTabs', () => {
  it('lists the pages marked as tabs, in declared order, with their full paths', async () => {
    expect(sectionTabs(await at('/fees/terms/7'), ['hq_admin'])).toEqual({
      labelPrefix: 'fees.tabs',
      tabs: [
        { name: 'catalogue', path: '/fees' },
        { name: 'terms', path: '/fees/terms' },
        { name: 'settings', path: '/fees/settings' },
      ],
    })
  })

  it("leaves out a tab whose own roles the actor does not hold, and uses the section's roles otherwise", async () => {
    expect(sectionTabs(await at('/fees'), ['hq_finance'])?.tabs.map((t) => t.name)).toEqual([
      'catalogue',
      'terms',
    ])
    expect(sectionTabs(await at('/fees'), ['dealer_staff'])?.tabs).toEqual([])
  })

  it('is null outside a section with tabs', async () => {
    expect(sectionTabs(await at('/home'), ['hq_admin'])).toBeNull()
  })
})
