import { afterAll, afterEach } from 'vitest'
import { checkOpenPages } from './a11y-pages'
import { a11ySummary } from './axe'

// Registered for every e2e file (vitest setupFiles): what a test leaves on screen is checked too.
afterEach(checkOpenPages)
afterAll(() => console.log(a11ySummary()))
