export { dayHoursText, minutesText, textMinutes, WEEKDAY_LABELS, WEEKDAYS_MONDAY_FIRST } from './hours'
export { default as WeeklyHoursTable } from './WeeklyHoursTable.vue'
export { default as YearGrid } from './YearGrid.vue'
