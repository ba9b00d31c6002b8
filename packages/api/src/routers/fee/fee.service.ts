import type { FeeStandard, RepairInput, Repositories, RuleSnapshot, RuleVersions } from '@asq/domain'
import { chinaDate, selectRulesInForce, unknownProductLine } from '@asq/domain'

/** Today's local (China) date on the API's clock. */
export const todayOf = (ctx: { clock: () => Date }) => chinaDate(ctx.clock())

/** Every version of the rules that can price repairs of these parts at this station. */
export async function loadVersions(
  repos: Repositories,
  dealerId: string | null,
  partCodes: readonly string[],
): Promise<RuleVersions> {
  const codes = [...new Set(partCodes)]
  const [terms, standards, parts, prices] = await Promise.all([
    repos.fee.terms.list({}),
    dealerId ? repos.fee.standards.forDealer(dealerId) : Promise.resolve([] as FeeStandard[]),
    repos.fee.catalogue.parts(codes),
    repos.fee.catalogue.prices(codes),
  ])
  return { terms, standards, parts, prices }
}

export const partCodesOf = (r: Pick<RepairInput, 'parts' | 'labour'>) => [
  ...r.parts.map((p) => p.partCode),
  ...r.labour.flatMap((l) => (l.partCode ? [l.partCode] : [])),
]

/** The rule snapshot for one repair at one station; an unknown product line is refused. */
export async function rulesFor(
  repos: Repositories,
  repair: RepairInput,
  dealerId: string | null,
): Promise<RuleSnapshot> {
  const lines = await repos.fee.catalogue.productLineCodes()
  if (!lines.includes(repair.productLineCode)) throw unknownProductLine(repair.productLineCode)
  const versions = await loadVersions(repos, dealerId, partCodesOf(repair))
  return selectRulesInForce(versions, repair.repairDate, repair.productLineCode)
}
