export * from './catalog'
export * from './complaint'
export * from './identity'
export * from './platform'
