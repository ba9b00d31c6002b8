export { default as DateColumn } from './DateColumn.vue'
export { default as ListHeader } from './ListHeader.vue'
export { default as MoneyColumn } from './MoneyColumn.vue'
export { default as NumberedPager } from './NumberedPager.vue'
export { default as PagedTable } from './PagedTable.vue'
export { default as RowActions, type RowAction } from './RowActions.vue'
export { criteriaOf, type Filters, type FilterValue, filtersFromQuery, queryFromFilters } from './url-filters'
export {
  type ListInput,
  type PagedList,
  type PagedListOptions,
  type PageOf,
  usePagedList,
} from './use-paged-list'
