import type { Repositories, UnitOfWork } from '@asq/domain'
import type { Database } from '../client'
import {
  customerRepository,
  loginAttemptRepository,
  loginCodeRepository,
  organisationRepository,
  sessionRepository,
  userRepository,
} from './identity.repository'
import { auditRepository, outboxRepository } from './platform.repository'

/** Binds every repository to one executor: the database itself or an open transaction. */
export function createRepositories(db: Database): Repositories {
  return {
    audit: auditRepository(db),
    customers: customerRepository(db),
    loginAttempts: loginAttemptRepository(db),
    loginCodes: loginCodeRepository(db),
    organisations: organisationRepository(db),
    outbox: outboxRepository(db),
    sessions: sessionRepository(db),
    users: userRepository(db),
  }
}

export function createUnitOfWork(db: Database): UnitOfWork {
  return {
    run: (work) => db.transaction((tx) => work(createRepositories(tx as unknown as Database))),
  }
}
