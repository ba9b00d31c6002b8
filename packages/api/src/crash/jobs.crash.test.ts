import { crashConsistencySuite } from '../testing/crash-suite'

/** Crash consistency of the background jobs on the embedded database (see crashConsistencySuite). */
crashConsistencySuite('pglite')
