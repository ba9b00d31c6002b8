import type { RouteRecordRaw } from 'vue-router'

/** The inbox, the bell and the live count: the same in the four apps. */
export { default as NotificationBell } from './NotificationBell.vue'
export { notificationText } from './notification-text'
export { BELL_POLL_MS, NOTIFICATION_STREAM_URL, useNotificationBell } from './use-notification-bell'

/** The inbox page (add it to the app frame's children, like `forbiddenRoute`). */
export const notificationRoute: RouteRecordRaw = {
  path: 'notifications',
  name: 'notifications',
  component: () => import('./NotificationsPage.vue'),
}
