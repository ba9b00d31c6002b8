export * from './clock'
export * from './errors'
export * from './money'
export * from './paging'
