import type { RouterOutputs } from '@asq/api-client'

export type Dashboard = RouterOutputs['kpi']['dashboard']
export type Signal = RouterOutputs['kpi']['signals'][number]
export type ProductLine = RouterOutputs['kpi']['productLines'][number]
