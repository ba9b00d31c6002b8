import { crashConsistencySuite } from '../testing/crash-suite'

/** Crash consistency of the background jobs on PostgreSQL (see crashConsistencySuite). */
crashConsistencySuite('postgres')
