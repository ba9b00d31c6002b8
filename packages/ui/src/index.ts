export * from './app'
export * from './calendar'
export { type ChartOption, default as EChart } from './charts/EChart.vue'
export * from './complaint'
export { default as AppLayout } from './components/AppLayout.vue'
export { default as AppRoot } from './components/AppRoot.vue'
export { default as DateTime } from './components/DateTime.vue'
export { default as DialogFooter } from './components/DialogFooter.vue'
export { default as EmptyState } from './components/EmptyState.vue'
export { default as FormCard } from './components/FormCard.vue'
export { default as FormDialog } from './components/FormDialog.vue'
export { default as KeysetPager } from './components/KeysetPager.vue'
export { default as LangSwitch } from './components/LangSwitch.vue'
export { default as ModuleShortcuts } from './components/ModuleShortcuts.vue'
export { default as MoneyText } from './components/MoneyText.vue'
export { default as PageHeader } from './components/PageHeader.vue'
export { default as RoleTags } from './components/RoleTags.vue'
export { default as RowsEditor } from './components/RowsEditor.vue'
export { default as SectionTabs } from './components/SectionTabs.vue'
export { default as StaffLoginPage } from './components/StaffLoginPage.vue'
export { default as StaffSignIn } from './components/StaffSignIn.vue'
export { default as StatusBadge } from './components/StatusBadge.vue'
export { default as TextDialog } from './components/TextDialog.vue'
export { default as Timeline, type TimelineEvent } from './components/Timeline.vue'
export { default as UserFormDialog, type UserFormValues } from './components/UserFormDialog.vue'
export { default as UsersScreen } from './components/UsersScreen.vue'
export { default as UserTable } from './components/UserTable.vue'
export { useBusyCall } from './composables/use-busy-call'
export { useConfirm } from './composables/use-confirm'
export { type ConfirmedStepOptions, useConfirmedStep } from './composables/use-confirmed-step'
export { useCountdown } from './composables/use-countdown'
export { useContextErrorText, useErrorText } from './composables/use-error-text'
export { useKeysetPaging } from './composables/use-keyset-paging'
export { useMedia } from './composables/use-media'
export { useToggleActive } from './composables/use-toggle-active'
export * from './eightd'
export * from './fees'
export * from './files'
export { type FieldCheck, useFieldChecks } from './forms/field-checks'
export {
  pathOf,
  type SchemaFormOptions,
  type SchemaIssue,
  type SchemaLike,
  type SchemaOutput,
  useSchemaForm,
} from './forms/use-schema-form'
export { type Parser, zodRule } from './forms/zod-rule'
export { type AppMessages, createI18nFor } from './i18n/create-i18n'
export { type FeatureMessageLoaders, featureMessages, withMessages } from './i18n/feature-messages'
export { labelTexts } from './i18n/label-texts'
export { DEFAULT_LOCALE, LOCALES, type Locale, storedLocale, useLocale } from './i18n/locale'
export { type SharedMessages, sharedZh } from './i18n/messages-zh'
export * from './kpi'
export * from './learning'
export * from './liaison'
export * from './lists'
export { type MenuItem, visibleMenu } from './menu'
export * from './notifications'
export { PORTAL_PATHS } from './portals'
export * from './reimbursement/messages'
export { useStatementDownload } from './reimbursement/use-statement-download'
export {
  type AuthGuardOptions,
  forbiddenRoute,
  installAuthGuard,
  mayOpen,
  refusedTarget,
  safeRedirect,
} from './router/auth-guard'
export { asTab, page, section } from './router/page-route'
export * from './surveys'
