export * from './sla.calendar'
export * from './sla.clocks'
export * from './sla.policy'
export * from './sla.schema'
