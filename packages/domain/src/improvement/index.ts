/**
 * The improvement loop after a case closes (issue 18; domain.md "Complaints"): the monthly review
 * meeting and its tracked actions, responsibility and reward/penalty notices, quality liaison letters
 * from stations, and the learning centre with its teaching cases and exams. Each part has its own
 * folder (meeting/, notice/, liaison/, learning/, exam/) and adds its export line here.
 */

export * from './exam'
export type * from './improvement.ports'
export * from './learning'
export * from './liaison'
export * from './meeting'
export * from './notice'
export * from './serious-case'
