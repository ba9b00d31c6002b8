export * from './audit.event'
