import {
  chinaDate,
  customerSeenBy,
  historyFor,
  maskContact,
  mergeHistories,
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
    plate: v.plate,
    model: v.model,
    productLine: v.productLine,
    purchaseDate: v.purchaseDate,
    customerId: v.customer.id,
    customerName: v.customer.name,
    customerPhone: v.customer.phone ? maskContact({ type: 'phone', value: v.customer.phone }) : null,
  }))
}

export async function vehicleHistory(repos: Repositories, vin: string, caller: Caller, now: Date) {
  const vehicle = await repos.vehicleHistory.byVin(vin)
  if (!vehicle) throw notFound('vehicle')
  if (caller.stationId && !stationMaySee(caller.stationId, await repos.vehicleHistory.servedBy(vehicle)))
    throw notFound('vehicle')
  const [warranty, entries, names] = await Promise.all([
    warrantyOf(repos, vehicle, now),
    repos.vehicleHistory.entries(vehicle),
    stationNames(repos),
  ])
  return {
    vehicle: {
      vin: vehicle.vin,
      plate: vehicle.plate,
      model: vehicle.model,
      productLine: vehicle.productLine,
      purchaseDate: vehicle.purchaseDate,
      mileageKm: vehicle.mileageKm,
      sellingStation: vehicle.sellingDealerId ? (names.get(vehicle.sellingDealerId) ?? null) : null,
      customerId: vehicle.customer.id,
      customerName: vehicle.customer.name,
      customerPhone: phoneFor(caller, vehicle.customer.phone),
    },
    warranty,
    entries: historyFor(caller.stationId, entries).map((e) => ({
      ...e,
      station: e.stationId ? (names.get(e.stationId) ?? null) : null,
    })),
  }
}

/**
 * One customer's page: their vehicles (each with its warranty today) and one history across them.
 * A station sees the customer when it may see one of their vehicles or has one of their cases, and
 * then only those vehicles; anything else is NOT_FOUND, as for a vehicle.
 */
export async function customerHistory(repos: Repositories, customerId: string, caller: Caller, now: Date) {
  const customer = await repos.vehicleHistory.customer(customerId)
  if (!customer) throw notFound('customer')
  const [owned, loose, names] = await Promise.all([
    repos.vehicleHistory.vehiclesOf(customerId),
    repos.vehicleHistory.casesWithoutVehicle(customerId),
    stationNames(repos),
  ])
  const served = await Promise.all(
    owned.map(async (vehicle) => ({
      vehicle,
      servedBy: caller.stationId ? await repos.vehicleHistory.servedBy(vehicle) : [],
    })),
  )
  const seen = customerSeenBy(caller.stationId, served, loose)
  if (!seen.visible) throw notFound('customer')
  const vehicles = seen.vehicles
  const perVehicle = await Promise.all(
    vehicles.map(async (v) => ({
      vehicle: v,
      warranty: await warrantyOf(repos, v, now),
      entries: await repos.vehicleHistory.entries(v),
    })),
  )
  // Each entry with the vehicle it is about, for the VIN column (a case without a vehicle has none).
  const merged = mergeHistories([
    ...perVehicle.map((p) => p.entries.map((e) => ({ ...e, vin: p.vehicle.vin as string | null }))),
    loose.map((e) => ({ ...e, vin: null })),
  ])
  return {
    customer: {
      id: customer.id,
      name: customer.name,
      phone: phoneFor(caller, customer.phone),
      keyAccount: customer.keyAccount,
    },
    vehicles: perVehicle.map(({ vehicle: v, warranty }) => ({
      vin: v.vin,
      plate: v.plate,
      model: v.model,
      productLine: v.productLine,
      purchaseDate: v.purchaseDate,
      mileageKm: v.mileageKm,
      warranty,
    })),
    entries: historyFor(caller.stationId, merged).map((e) => ({
      ...e,
      station: e.stationId ? (names.get(e.stationId) ?? null) : null,
    })),
  }
}

// HQ calls the customer back; a station has the number on its own cases.
const phoneFor = (caller: Caller, phone: string | null) =>
  phone && caller.stationId ? maskContact({ type: 'phone', value: phone }) : phone

async function stationNames(repos: Repositories) {
  const stations = await repos.organisations.list({ kind: 'dealer' })
  return new Map(stations.map((s) => [s.id, { zh: s.nameZh, en: s.nameEn }]))
}

/** The vehicle's warranty today under its product line's terms in force today. */
async function warrantyOf(
  repos: Repositories,
  v: { productLineCode: string; purchaseDate: string; mileageKm: number },
  now: Date,
) {
  const today = chinaDate(now)
  const terms = await repos.fee.terms.list({ productLineCode: v.productLineCode })
  const { lineTerms } = selectRulesInForce(
    { terms, standards: [], parts: [], prices: [] },
    today,
    v.productLineCode,
  )
  return warrantyToday(lineTerms, { purchaseDate: v.purchaseDate, usage: v.mileageKm }, today)
}
