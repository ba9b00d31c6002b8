export * from './notice.errors'
export type * from './notice.ports'
export * from './notice.rules'
export * from './notice.schema'
