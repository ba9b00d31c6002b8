export * from './file.rules'
