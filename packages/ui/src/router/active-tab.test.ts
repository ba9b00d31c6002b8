import { describe, expect, it } from 'vitest'
import { activeTab } from './active-tab'

const TABS = [
  { name: 'queue', path: '/reimbursement' },
  { name: 'settlement', path: '/reimbursement/settlement' },
  { name: 'statements', path: '/reimbursement/statements' },
]

describe('activeTab', () => {
  it.each([
    ['/reimbursement', 'queue'],
    ['/reimbursement/settlement', 'settlement'],
    ['/reimbursement/statements/2026-11', 'statements'],
    ['/reimbursement/unknown', 'queue'],
    ['/reimbursement-other', 'queue'],
    ['/elsewhere', 'queue'],
    ['/reimbursement/settlementx', 'queue'],
  ])('%s → %s', (path, want) => expect(activeTab(TABS, path)).toBe(want))

  it('holds whatever order the tabs are listed in', () =>
    expect(activeTab([...TABS].reverse(), '/reimbursement/settlement/1')).toBe('settlement'))

  it('no tabs, no active tab', () => expect(activeTab([], '/x')).toBeUndefined())
})
