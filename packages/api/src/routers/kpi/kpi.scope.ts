import type { DimScope, LineScope, Scope } from '@asq/domain'

/** How one dashboard scope reads each source: the complaint aggregates, claim lines, surveys, 8D. */
export type ScopeReads = {
  dims: DimScope | null
  lines: LineScope | null
  unitsProductLine: string | null | 'none'
  survey: { stationId?: string; region?: string } | null
  supplierId: string | null | 'all'
}

export function scopeReads(s: Scope): ScopeReads {
  switch (s.kind) {
    case 'all':
      return {
        dims: { dim: 'all', key: '' },
        lines: { kind: 'all' },
        unitsProductLine: null,
        survey: {},
        supplierId: 'all',
      }
    case 'region':
      // Vehicles in service are entered per product line, not per region: no rate for a region.
      return {
        dims: { dim: 'region', key: s.region },
        lines: s,
        unitsProductLine: 'none',
        survey: { region: s.region },
        supplierId: null,
      }
    case 'station':
      return {
        dims: { dim: 'station', key: s.stationId },
        lines: s,
        unitsProductLine: 'none',
        survey: { stationId: s.stationId },
        supplierId: null,
      }
    case 'product_line':
      return {
        dims: { dim: 'product_line', key: s.productLineId },
        lines: s,
        unitsProductLine: s.productLineId,
        survey: null,
        supplierId: null,
      }
    case 'supplier':
      return { dims: null, lines: null, unitsProductLine: 'none', survey: null, supplierId: s.supplierId }
  }
}
