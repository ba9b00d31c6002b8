import type {
  LiaisonClaimLineCandidate,
  LiaisonComplaintCandidate,
  LiaisonLetter,
  LiaisonLink,
  LiaisonPhoto,
  NewLiaisonLetter,
} from './liaison.entity'
import type { LiaisonLinkKind, LiaisonState } from './liaison.vocabulary'

export type LiaisonFilter = {
  /** A station sees its own letters only; HQ passes none. */
  stationId?: string
  state?: LiaisonState
  partCode?: string
  /** A fragment of the letter's number or one of its VINs. */
  q?: string
  limit: number
  offset: number
}

export type LiaisonPatch = Partial<
  Pick<LiaisonLetter, 'state' | 'answer' | 'answeredBy' | 'answeredAt' | 'eightdClaimId' | 'closedAt'>
>

/** Storage of quality liaison letters, their photos and their links. */
export interface LiaisonRepository {
  nextSequence(year: number): Promise<number>
  /** Null when the station already sent a letter with this client request id. */
  create(l: NewLiaisonLetter): Promise<LiaisonLetter | null>
  byClientRequest(stationId: string, clientRequestId: string): Promise<LiaisonLetter | null>
  byId(id: string): Promise<LiaisonLetter | null>
  list(f: LiaisonFilter): Promise<{ items: LiaisonLetter[]; total: number }>
  /** Applies the patch when the version still matches (and bumps it); null when it does not. */
  update(id: string, version: number, patch: LiaisonPatch, at: Date): Promise<LiaisonLetter | null>
  addPhoto(p: Omit<LiaisonPhoto, 'id'>): Promise<LiaisonPhoto>
  photos(letterId: string): Promise<LiaisonPhoto[]>
  photo(id: string): Promise<LiaisonPhoto | null>
  links(letterId: string): Promise<LiaisonLink[]>
  /** False when the link was there already (or gone already, for unlink). */
  link(letterId: string, kind: LiaisonLinkKind, targetId: string, by: string, at: Date): Promise<boolean>
  unlink(letterId: string, kind: LiaisonLinkKind, targetId: string): Promise<boolean>
  /** A claim line's part, or null when there is no such line. */
  claimLinePart(id: string): Promise<string | null>
  /**
   * The complaints and claim lines that may concern a part, newest first, at most `limit` of each:
   * lines for the part (index on part and repair date), complaints on their vehicles or on `vins`.
   */
  candidates(
    partCode: string,
    vins: readonly string[],
    limit: number,
  ): Promise<{ complaints: LiaisonComplaintCandidate[]; claimLines: LiaisonClaimLineCandidate[] }>
}
