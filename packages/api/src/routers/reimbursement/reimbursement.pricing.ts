import type { LinePricing, ReimbursementLineInput, Repositories, RuleVersions } from '@asq/domain'
import { isDomainError, priceRepair, selectRulesInForce, usageAtRepair } from '@asq/domain'

/**
 * The one adapter between reimbursement and the fee engine (issue 4). For each claim line it loads the
 * rule versions through the fee repositories, picks those in force on the repair date
 * (selectRulesInForce) and prices the repair (priceRepair): the part and its labour, in or out of
 * warranty, what HQ reimburses, whether the old part must be returned. It also looks the old-part
 * registration number up in the dealer's register. The domain then judges the result.
 *
 * Usage: the warranty's usage limit is judged at the line's repair-order reading (the vehicle's
 * recorded mileage only when the line has none); a reading below one recorded on an earlier repair
 * order for the same VIN is flagged on the line (`pricing.usage.belowEarlier`).
 */
export async function priceLines(
  repos: Repositories,
  dealerId: string,
  lines: readonly Pick<
    ReimbursementLineInput,
    | 'repairDate'
    | 'repairOrderNo'
    | 'serial'
    | 'partCode'
    | 'quantity'
    | 'labourHours'
    | 'oldPartRegistrationNo'
    | 'usageReading'
  >[],
): Promise<LinePricing[]> {
  if (lines.length === 0) return []
  const fee = repos.fee
  const [parts, prices, standards] = await Promise.all([
    fee.catalogue.parts(),
    fee.catalogue.prices(),
    fee.standards.forDealer(dealerId),
  ])
  const known = new Set(parts.map((p) => p.code))
  const termsByLine = new Map<string, RuleVersions['terms']>()
  const vehicles = new Map<string, Awaited<ReturnType<typeof fee.vehicleByVin>>>()
  const registrations = await oldPartRegister(repos, dealerId)
  const readings = await repos.reimbursement.lines.readingsOf(lines.map((l) => l.serial))

  const out: LinePricing[] = []
  for (const l of lines) {
    if (!vehicles.has(l.serial)) vehicles.set(l.serial, await fee.vehicleByVin(l.serial))
    const vehicle = vehicles.get(l.serial) ?? null
    const base: LinePricing = {
      partKnown: known.has(l.partCode),
      productKnown: vehicle !== null,
      priced: false,
      inWarranty: false,
      warrantyReason: '',
      partsFen: 0,
      labourFen: 0,
      totalFen: 0,
      mustReturnOldPart: false,
      standardApproved: true,
      oldPart: 'not_required',
      explanation: [],
    }
    if (!vehicle || !base.partKnown) {
      out.push(base)
      continue
    }
    if (!termsByLine.has(vehicle.productLineCode))
      termsByLine.set(
        vehicle.productLineCode,
        await fee.terms.list({ productLineCode: vehicle.productLineCode }),
      )
    const rules = selectRulesInForce(
      { terms: termsByLine.get(vehicle.productLineCode)!, standards, parts, prices },
      l.repairDate,
      vehicle.productLineCode,
    )
    const usage = usageAtRepair(
      { ...l, usageReading: l.usageReading ?? null },
      vehicle.mileageKm,
      readings.get(l.serial.toUpperCase()) ?? [],
    )
    try {
      const priced = priceRepair(
        {
          productLineCode: vehicle.productLineCode,
          serial: vehicle.vin,
          purchaseDate: vehicle.purchaseDate,
          deliveryDate: null,
          usage: usage.reading,
          repairDate: l.repairDate,
          parts: [{ partCode: l.partCode, quantity: l.quantity }],
          labour: l.labourHours > 0 ? [{ hours: l.labourHours, partCode: l.partCode }] : [],
          callout: false,
          extras: [],
        },
        rules,
      )
      const part = priced.lines.find((x) => x.kind === 'part')!
      const labourFen = priced.lines
        .filter((x) => x.kind === 'labour')
        .reduce((s, x) => s + x.dealerReimbursementFen, 0)
      const mustReturn = part.oldPartReturnRequired
      const reg = l.oldPartRegistrationNo
        ? registrations.get(l.oldPartRegistrationNo.toUpperCase())
        : undefined
      out.push({
        ...base,
        usage,
        priced: true,
        inWarranty: part.inWarranty,
        warrantyReason: part.reason.zh,
        partsFen: part.dealerReimbursementFen,
        labourFen,
        totalFen: part.dealerReimbursementFen + labourFen,
        mustReturnOldPart: mustReturn,
        standardApproved: !priced.unapprovedStandard,
        oldPart: !mustReturn
          ? 'not_required'
          : reg?.partCode === l.partCode &&
              (!reg.serial || reg.serial.toUpperCase() === l.serial.toUpperCase())
            ? 'registered'
            : 'missing',
        explanation: priced.lines.map(
          (x) => `${x.explanation.rule} · ${x.explanation.version} · ${JSON.stringify(x.explanation.inputs)}`,
        ),
      })
    } catch (e) {
      // A rule missing on that date (no price version, no fee standard for the labour): not priced.
      if (!isDomainError(e)) throw e
      out.push({ ...base, usage, explanation: [`${e.code}: ${e.message}`] })
    }
  }
  return out
}

/** The dealer's old-part register: registration number (upper case) → the part and the unit it came from. */
async function oldPartRegister(
  repos: Repositories,
  dealerId: string,
): Promise<Map<string, { partCode: string; serial: string }>> {
  const out = new Map<string, { partCode: string; serial: string }>()
  for (let offset = 0; ; offset += 500) {
    const page = await repos.fee.oldParts.list({ dealerId, limit: 500, offset })
    for (const r of page.items)
      out.set(r.registrationNumber.toUpperCase(), { partCode: r.partCode, serial: r.serial })
    if (page.items.length < 500) return out
  }
}
