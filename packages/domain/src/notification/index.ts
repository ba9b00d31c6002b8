export * from './outbox'
