import { describe, expect, it } from 'vitest'
import { page, section } from './page-route'

describe('page', () => {
  const load = () => Promise.resolve({ default: {} })

  it('is a named, lazily loaded route', () => {
    expect(page('users', 'users', load)).toEqual({ path: 'users', name: 'users', component: load })
  })

  it('passes props and meta through', () => {
    const r = page(':id', 'letter', load, { props: true, meta: { roles: ['hq_admin'] } })
    expect(r).toMatchObject({ props: true, meta: { roles: ['hq_admin'] } })
  })
})

describe('section', () => {
  it('guards its pages by one meta', () => {
    const child = page('', 'inbox', () => Promise.resolve({ default: {} }))
    expect(section('liaison', { roles: ['hq_quality'] }, [child])).toEqual({
      path: 'liaison',
      meta: { roles: ['hq_quality'] },
      children: [child],
    })
  })
})
