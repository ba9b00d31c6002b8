export type * from './file.ports'
export * from './file.rules'
