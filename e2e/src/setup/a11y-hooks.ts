import { afterEach } from 'vitest'
import { checkOpenPages } from './a11y-pages'

// Registered for every e2e file (vitest setupFiles): what a test leaves on screen is checked too.
afterEach(checkOpenPages)
