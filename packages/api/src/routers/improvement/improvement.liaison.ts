import {
  answerLiaisonInput,
  closeLiaisonInput,
  liaisonIdInput,
  liaisonInboxInput,
  liaisonPhotoInput,
  linkLiaisonInput,
  myLiaisonListInput,
  notFound,
  offsetOf,
  openLiaisonEightdInput,
  submitLiaisonInput,
} from '@asq/domain'
import type { Context } from '../../context'
import { dealerProcedure, hqProcedure, idempotency, router } from '../../trpc'
import { storedBytes } from '../../uploads/take-upload'
import {
  answerLetter,
  closeLetter,
  linkTarget,
  openEightdFromLetter,
  submitLetter,
} from './liaison/liaison.actions'
import { liaisonCandidates } from './liaison/liaison.candidates'
import {
  hqLetterView,
  type LiaisonScope,
  letterListItem,
  loadLetter,
  stationLetterView,
  stationNames,
} from './liaison/liaison.views'

/** Any station staff member sends and follows the station's letters. */
const station = () => dealerProcedure('dealer_manager', 'dealer_staff')
/** HQ quality (and admins) answer letters, link them and open 8Ds from them. */
const quality = () => hqProcedure('hq_admin', 'hq_quality')

/** A letter's photo follows the letter's permission: another station's is NOT_FOUND. */
async function photoContent(ctx: Context, scope: LiaisonScope, photoId: string) {
  const p = await ctx.repos.improvement.liaison.photo(photoId)
  if (!p) throw notFound('photo')
  await loadLetter(ctx.repos, p.letterId, scope).catch(() => {
    throw notFound('photo')
  })
  const bytes = await storedBytes(ctx, { sha256: p.sha256, content: null }, 'photo')
  return {
    id: p.id,
    filename: p.filename,
    mime: p.mime,
    dataUrl: `data:${p.mime};base64,${Buffer.from(bytes).toString('base64')}`,
  }
}

/**
 * Quality liaison letters (品质联络书, issue 18): a station reports a suspected quality problem that no
 * customer has raised; HQ quality answers, links complaints and claim lines of the part, closes it or
 * opens an 8D for the part's supplier from it.
 */
export const liaisonRouter = router({
  station: router({
    submit: station()
      .input(submitLiaisonInput)
      .use(idempotency)
      .mutation(({ ctx, input }) => submitLetter(ctx, input)),
    mine: station()
      .input(myLiaisonListInput)
      .query(async ({ ctx, input }) => {
        const { items, total } = await ctx.repos.improvement.liaison.list({
          stationId: ctx.dealerId,
          state: input.state,
          q: input.q,
          limit: input.pageSize,
          offset: offsetOf(input),
        })
        return {
          items: items.map((l) => letterListItem(l)),
          total,
          page: input.page,
          pageSize: input.pageSize,
        }
      }),
    get: station()
      .input(liaisonIdInput)
      .query(async ({ ctx, input }) =>
        stationLetterView(
          ctx.repos,
          await loadLetter(ctx.repos, input.letterId, { kind: 'station', stationId: ctx.dealerId }),
        ),
      ),
    photo: station()
      .input(liaisonPhotoInput)
      .query(({ ctx, input }) =>
        photoContent(ctx, { kind: 'station', stationId: ctx.dealerId }, input.photoId),
      ),
  }),
  hq: router({
    inbox: quality()
      .input(liaisonInboxInput)
      .query(async ({ ctx, input }) => {
        const [{ items, total }, names] = await Promise.all([
          ctx.repos.improvement.liaison.list({
            stationId: input.stationId,
            state: input.state,
            partCode: input.partCode,
            q: input.q,
            limit: input.pageSize,
            offset: offsetOf(input),
          }),
          stationNames(ctx.repos),
        ])
        return {
          items: items.map((l) => letterListItem(l, names.get(l.stationId))),
          total,
          page: input.page,
          pageSize: input.pageSize,
        }
      }),
    get: quality()
      .input(liaisonIdInput)
      .query(async ({ ctx, input }) =>
        hqLetterView(ctx.repos, await loadLetter(ctx.repos, input.letterId, { kind: 'hq' })),
      ),
    photo: quality()
      .input(liaisonPhotoInput)
      .query(({ ctx, input }) => photoContent(ctx, { kind: 'hq' }, input.photoId)),
    candidates: quality()
      .input(liaisonIdInput)
      .query(({ ctx, input }) => liaisonCandidates(ctx, input.letterId)),
    answer: quality()
      .input(answerLiaisonInput)
      .mutation(({ ctx, input }) => answerLetter(ctx, input)),
    link: quality()
      .input(linkLiaisonInput)
      .mutation(({ ctx, input }) => linkTarget(ctx, input, true)),
    unlink: quality()
      .input(linkLiaisonInput)
      .mutation(({ ctx, input }) => linkTarget(ctx, input, false)),
    openEightd: quality()
      .input(openLiaisonEightdInput)
      .use(idempotency)
      .mutation(({ ctx, input }) => openEightdFromLetter(ctx, input)),
    close: quality()
      .input(closeLiaisonInput)
      .mutation(({ ctx, input }) => closeLetter(ctx, input)),
  }),
})
