import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { mayOpen, refusedTarget } from './auth-guard'

const names = { forbidden: 'forbidden', home: 'home' }
const withPage = { hasRoute: (n: string | symbol) => n === 'forbidden' }
const without = { hasRoute: () => false }

describe('a signed-in user whose roles do not reach a page', () => {
  it('sees the no-permission page with the page, the roles it needs and their own', () => {
    expect(
      refusedTarget(withPage, '/complaints?status=new', ['hq_admin', 'hq_service'], ['hq_finance'], names),
    ).toEqual({
      name: 'forbidden',
      query: { from: '/complaints?status=new', need: 'hq_admin,hq_service', have: 'hq_finance' },
    })
  })
  it('holding no role at all: an empty list, still the page', () => {
    expect(refusedTarget(withPage, '/users', ['hq_admin'], [], names)).toEqual({
      name: 'forbidden',
      query: { from: '/users', need: 'hq_admin', have: '' },
    })
  })
  it('goes home in an app without that page', () => {
    expect(refusedTarget(without, '/users', ['hq_admin'], ['hq_finance'], names)).toEqual({ name: 'home' })
  })
})

describe('whether a link may be drawn', () => {
  const page = { template: '<div />' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      {
        path: '/',
        component: page,
        children: [
          {
            path: 'complaints/:id',
            name: 'complaint',
            component: page,
            meta: { roles: ['hq_admin', 'hq_service'] },
          },
          { path: 'vehicles', name: 'vehicles', component: page },
        ],
      },
    ],
  })
  it.each([
    [{ name: 'complaint', params: { id: 'c1' } }, ['hq_service'], true],
    [{ name: 'complaint', params: { id: 'c1' } }, ['hq_finance', 'hq_admin'], true],
    [{ name: 'complaint', params: { id: 'c1' } }, ['hq_finance'], false],
    [{ name: 'complaint', params: { id: 'c1' } }, [], false],
    [{ name: 'vehicles' }, [], true],
  ] as const)('%j with %j: %s', (target, held, may) => expect(mayOpen(router, target, held)).toBe(may))
})
