import {
  chinaDate,
  historyFor,
  maskContact,
  notFound,
  type Repositories,
  selectRulesInForce,
  stationMaySee,
  vehicleSearchKind,
  warrantyToday,
} from '@asq/domain'

/**
 * One vehicle's history page and the search that finds it (issue 17). HQ sees every vehicle; a station
 * only one it sold or served (anything else is NOT_FOUND, as if it did not exist), and on that page the
 * other stations' entries show what happened but neither who nor how much.
 */
const SEARCH_LIMIT = 20

type Caller = { stationId: string | null }

export async function searchVehicles(repos: Repositories, q: string, caller: Caller) {
  const found = await repos.vehicleHistory.search(vehicleSearchKind(q), {
    stationId: caller.stationId,
    limit: SEARCH_LIMIT,
  })
  return found.map((v) => ({
    vin: v.vin,
    model: v.model,
    productLine: v.productLine,
    purchaseDate: v.purchaseDate,
    customerName: v.customer.name,
    customerPhone: v.customer.phone ? maskContact({ type: 'phone', value: v.customer.phone }) : null,
  }))
}

export async function vehicleHistory(repos: Repositories, vin: string, caller: Caller, now: Date) {
  const vehicle = await repos.vehicleHistory.byVin(vin)
  if (!vehicle) throw notFound('vehicle')
  if (caller.stationId && !stationMaySee(caller.stationId, await repos.vehicleHistory.servedBy(vehicle)))
    throw notFound('vehicle')
  const today = chinaDate(now)
  const [terms, entries, stations] = await Promise.all([
    repos.fee.terms.list({ productLineCode: vehicle.productLineCode }),
    repos.vehicleHistory.entries(vehicle),
    repos.organisations.list({ kind: 'dealer' }),
  ])
  const lineTerms = selectRulesInForce(
    { terms, standards: [], parts: [], prices: [] },
    today,
    vehicle.productLineCode,
  ).lineTerms
  const names = new Map(stations.map((s) => [s.id, { zh: s.nameZh, en: s.nameEn }]))
  return {
    vehicle: {
      vin: vehicle.vin,
      model: vehicle.model,
      productLine: vehicle.productLine,
      purchaseDate: vehicle.purchaseDate,
      mileageKm: vehicle.mileageKm,
      sellingStation: vehicle.sellingDealerId ? (names.get(vehicle.sellingDealerId) ?? null) : null,
      customerName: vehicle.customer.name,
      // HQ calls the customer back; a station has the number on its own cases.
      customerPhone:
        vehicle.customer.phone && caller.stationId
          ? maskContact({ type: 'phone', value: vehicle.customer.phone })
          : vehicle.customer.phone,
    },
    warranty: warrantyToday(
      lineTerms,
      { purchaseDate: vehicle.purchaseDate, usage: vehicle.mileageKm },
      today,
    ),
    entries: historyFor(caller.stationId, entries).map((e) => ({
      ...e,
      station: e.stationId ? (names.get(e.stationId) ?? null) : null,
    })),
  }
}
