import {
  chinaDayStart,
  type HistoryEntry,
  type VehicleFacts,
  type VehicleHistoryRepository,
} from '@asq/domain'
import { type SQL, sql } from 'drizzle-orm'
import type { Database } from '../client'

/**
 * The vehicle history page's reads (issue 17). Every context keys on the VIN: complaints by vehicle id
 * (or by the VIN typed on a case without a registered vehicle), quotes by VIN, claim lines and old parts
 * by serial. Each read is served by an index (complaints_vehicle_idx, fee_quotes_vin_idx,
 * reimbursement_lines_serial_idx, fee_old_parts_serial_idx, vehicles_vin_trgm_idx and vehicles_plate_trgm_idx for a fragment of either).
 * The customer page reads the same per vehicle, plus the customer's cases that name no registered
 * vehicle (vehicles_customer_idx, complaints_customer_opened_idx).
 */
const rows = async <T>(db: Database, q: SQL) => ((await db.execute(q)) as unknown as { rows: T[] }).rows

type FactsRow = {
  id: string
  vin: string
  model: string
  product_line_code: string
  name_zh: string
  name_en: string
  purchase_date: string
  mileage_km: number
  selling_dealer_id: string | null
  plate: string | null
  customer_id: string
  customer_name: string
  customer_phone: string | null
}

const FACTS = sql`select v.id, v.vin, v.model, p.code as product_line_code, p.name_zh, p.name_en,
    v.purchase_date::text as purchase_date, v.mileage_km, v.selling_dealer_id, v.plate,
    c.id as customer_id, c.name as customer_name, c.phone as customer_phone
  from vehicles v join product_lines p on p.id = v.product_line_id join customers c on c.id = v.customer_id`

const toFacts = (r: FactsRow): VehicleFacts => ({
  id: r.id,
  vin: r.vin,
  model: r.model,
  productLineCode: r.product_line_code,
  productLine: { zh: r.name_zh, en: r.name_en },
  purchaseDate: r.purchase_date,
  mileageKm: r.mileage_km,
  sellingDealerId: r.selling_dealer_id,
  plate: r.plate,
  customer: { id: r.customer_id, name: r.customer_name, phone: r.customer_phone },
})

/** The station sold the vehicle or served it: a case, a quote, a claim line or an old part. */
const servedByStation = (stationId: string) => sql`(v.selling_dealer_id = ${stationId}
  or exists (select 1 from complaints x where x.vehicle_id = v.id and x.station_id = ${stationId})
  or exists (select 1 from fee_quotes x where x.vin = v.vin and x.dealer_id = ${stationId})
  or exists (select 1 from reimbursement_lines x where x.serial = v.vin and x.dealer_id = ${stationId})
  or exists (select 1 from fee_old_parts x where x.serial = v.vin and x.dealer_id = ${stationId}))`

const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&')

type Row = Record<string, unknown>
const str = (v: unknown) => (v === null || v === undefined ? null : String(v))
/** Timestamps come back as Date from both drivers; a text column as its ISO form. */
const at = (v: unknown) => (v instanceof Date ? v : new Date(String(v)))
/** A business date (a repair, a replacement) is placed at the start of that day in China. */
const day = (v: unknown) => chinaDayStart(String(v))

export const vehicleHistoryRepository = (db: Database): VehicleHistoryRepository => ({
  async search(kind, { stationId, limit }) {
    const match =
      kind.by === 'phone'
        ? sql`c.phone = ${kind.phone}`
        : sql`(v.vin ilike ${`%${escapeLike(kind.fragment)}%`} or v.plate ilike ${`%${escapeLike(kind.fragment)}%`})`
    const scope = stationId ? sql` and ${servedByStation(stationId)}` : sql``
    const found = await rows<FactsRow>(db, sql`${FACTS} where ${match}${scope} order by v.vin limit ${limit}`)
    return found.map(toFacts)
  },

  async byVin(vin) {
    const [r] = await rows<FactsRow>(db, sql`${FACTS} where v.vin = ${vin}`)
    return r ? toFacts(r) : null
  },

  async servedBy(v) {
    const found = await rows<{ id: string }>(
      db,
      sql`select station_id as id from complaints where vehicle_id = ${v.id} and station_id is not null
        union select dealer_id from fee_quotes where vin = ${v.vin}
        union select dealer_id from reimbursement_lines where serial = ${v.vin}
        union select dealer_id from fee_old_parts where serial = ${v.vin}`,
    )
    return [...new Set([...(v.sellingDealerId ? [v.sellingDealerId] : []), ...found.map((r) => r.id)])]
  },

  async entries(v) {
    const cases = await rows<Row>(
      db,
      sql`select id, number, summary, status, opened_at, station_id from complaints where vehicle_id = ${v.id}
        union select id, number, summary, status, opened_at, station_id from complaints
          where vin = ${v.vin} and vehicle_id is null`,
    )
    const [ofCases, ofVin] = await Promise.all([caseEntries(db, cases), vinEntries(db, v.vin)])
    return [...ofCases, ...ofVin]
  },

  async customer(id) {
    const [r] = await rows<{ id: string; name: string; phone: string | null; key_account: boolean }>(
      db,
      sql`select id, name, phone, key_account from customers where id = ${id}`,
    )
    return r ? { id: r.id, name: r.name, phone: r.phone, keyAccount: r.key_account } : null
  },

  async vehiclesOf(customerId) {
    const found = await rows<FactsRow>(
      db,
      sql`${FACTS} where v.customer_id = ${customerId} order by v.purchase_date desc, v.vin`,
    )
    return found.map(toFacts)
  },

  async casesWithoutVehicle(customerId) {
    const cases = await rows<Row>(
      db,
      sql`select id, number, summary, status, opened_at, station_id from complaints
        where customer_id = ${customerId} and vehicle_id is null`,
    )
    return caseEntries(db, cases)
  },
})

/** Cases with the 8D claims they fed and the survey answers about them. */
async function caseEntries(db: Database, cases: Row[]): Promise<HistoryEntry[]> {
  if (!cases.length) return []
  const anyCase = sql`in (${sql.join(
    cases.map((c) => sql`${String(c.id)}::uuid`),
    sql`, `,
  )})`
  const [eightd, surveys] = await Promise.all([
    rows<Row>(
      db,
      sql`select distinct e.id, e.number, e.title, e.status, e.opened_at
        from eightd_claim_complaints l join eightd_claims e on e.id = l.claim_id
        where l.complaint_id ${anyCase}`,
    ),
    rows<Row>(
      db,
      sql`select r.id, r.answered_at, r.dissatisfied, i.station_id, c.number
        from survey_invitations i join survey_responses r on r.invitation_id = i.id
        join complaints c on c.id = i.complaint_id
        where i.complaint_id ${anyCase}`,
    ),
  ])
  return [
    ...cases.map(
      (c): HistoryEntry => ({
        kind: 'complaint',
        id: String(c.id),
        at: at(c.opened_at),
        ref: String(c.number),
        text: String(c.summary),
        status: str(c.status),
        amountFen: null,
        stationId: str(c.station_id),
      }),
    ),
    ...eightd.map(
      (e): HistoryEntry => ({
        kind: 'eightd',
        id: String(e.id),
        at: at(e.opened_at),
        ref: String(e.number),
        text: String(e.title),
        status: str(e.status),
        amountFen: null,
        stationId: null,
      }),
    ),
    ...surveys.map(
      (s): HistoryEntry => ({
        kind: 'survey',
        id: String(s.id),
        at: at(s.answered_at),
        ref: String(s.number),
        text: '',
        status: s.dissatisfied ? 'dissatisfied' : 'satisfied',
        amountFen: null,
        stationId: str(s.station_id),
      }),
    ),
  ]
}

/** What names the VIN itself: quotes, claim lines and old parts (by serial). */
async function vinEntries(db: Database, vin: string): Promise<HistoryEntry[]> {
  const [quotes, lines, oldParts] = await Promise.all([
    rows<Row>(
      db,
      sql`select id, number, status, created_at, dealer_id, customer_charge_fen,
          (select string_agg((p->>'partCode') || ' ×' || (p->>'quantity'), ', ')
             from jsonb_array_elements(repair->'parts') p) as parts
        from fee_quotes where vin = ${vin}`,
    ),
    rows<Row>(
      db,
      sql`select id, repair_order_no, repair_date::text as repair_date, part_code, quantity,
          claimed_fen::float8 as claimed_fen, decision, dealer_id
        from reimbursement_lines where serial = ${vin}`,
    ),
    rows<Row>(
      db,
      sql`select id, registration_number, part_code, quantity, status, replaced_on::text as replaced_on, dealer_id
        from fee_old_parts where serial = ${vin}`,
    ),
  ])
  return [
    ...quotes.map(
      (q): HistoryEntry => ({
        kind: 'quote',
        id: String(q.id),
        at: at(q.created_at),
        ref: String(q.number),
        text: str(q.parts) ?? '',
        status: str(q.status),
        amountFen: Number(q.customer_charge_fen),
        stationId: str(q.dealer_id),
      }),
    ),
    ...lines.map(
      (l): HistoryEntry => ({
        kind: 'claim_line',
        id: String(l.id),
        at: day(l.repair_date),
        ref: String(l.repair_order_no),
        text: `${l.part_code} ×${l.quantity}`,
        status: str(l.decision),
        amountFen: Number(l.claimed_fen),
        stationId: str(l.dealer_id),
      }),
    ),
    ...oldParts.map(
      (o): HistoryEntry => ({
        kind: 'old_part',
        id: String(o.id),
        at: day(o.replaced_on),
        ref: String(o.registration_number),
        text: `${o.part_code} ×${o.quantity}`,
        status: str(o.status),
        amountFen: null,
        stationId: str(o.dealer_id),
      }),
    ),
  ]
}
