import type { Complaint } from '../../complaint'
import { DomainError } from '../../shared/errors'
import { customerTypeOf } from './learning.vocabulary'
import {
  findPersonalData,
  maskPersonalData,
  type PersonalData,
  type PersonalDataFinding,
} from './personal-data'
import {
  TEACHING_TEXT_FIELDS,
  type TeachingCase,
  type TeachingCaseContent,
  type TeachingTextField,
} from './teaching-case.entity'

const refuse = (
  kind: 'PRECONDITION' | 'BAD_INPUT',
  code: string,
  message: string,
  field: string,
  details?: Record<string, unknown>,
) => new DomainError(kind, `LEARNING.${code}`, message, { field, ...(details ? { details } : {}) })

/** Only a closed case teaches: its handling is over and its result known. */
export function assertTeachable(c: Pick<Complaint, 'status'>): void {
  if (c.status !== 'closed')
    throw refuse(
      'PRECONDITION',
      'CASE_NOT_CLOSED',
      'Only a closed case can become a teaching case',
      'complaintId',
    )
}

/** What the case tells about itself beyond its record: its customer, their type, the parts it concerned. */
export type CaseFacts = { personal: PersonalData; keyAccount: boolean; partCodes: readonly string[] }

const lines = (...parts: (string | null | undefined)[]) =>
  parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join('\n')

/**
 * A draft pre-filled from the closed case: its summary, story, solutions and result, with the
 * customer's name, phone, plate and VIN already masked. What the handler learned is HQ's to write.
 */
export function draftFromCase(c: Complaint, facts: CaseFacts): TeachingCaseContent {
  const mask = (s: string) => maskPersonalData(s, facts.personal)
  const story = c.story
  return {
    title: mask(c.summary).slice(0, 120),
    cause: c.cause,
    partCode: facts.partCodes[0] ?? null,
    customerType: customerTypeOf(facts),
    communicationStyle: c.communicationStyle,
    mindsets: [...c.mindsets],
    story: mask(lines(c.description, story && story.what !== c.description ? story.what : null)).slice(
      0,
      4000,
    ),
    actions: mask(
      lines(...c.solutions.map((s) => `${s.title}${s.description ? `：${s.description}` : ''}`), c.result),
    ).slice(0, 4000),
    lessons: '',
  }
}

/** Every leak of the customer's data in the case's text, with the field it is in. */
export function teachingCaseLeaks(
  content: Pick<TeachingCaseContent, TeachingTextField>,
  personal: PersonalData,
): (PersonalDataFinding & { field: TeachingTextField })[] {
  return TEACHING_TEXT_FIELDS.flatMap((field) =>
    findPersonalData(content[field], personal).map((f) => ({ field, ...f })),
  )
}

function assertDraft(tc: TeachingCase) {
  if (tc.status !== 'draft')
    throw refuse('PRECONDITION', 'NOT_DRAFT', 'Only a draft teaching case can be changed or published', 'id')
}

/** The draft's new content; a published or withdrawn case is not edited. */
export function decideUpdate(
  tc: TeachingCase,
  content: TeachingCaseContent,
  now: Date,
): Partial<TeachingCase> {
  assertDraft(tc)
  return { ...content, updatedAt: now }
}

/** What a published case must hold, in the editor's order. */
const REQUIRED_TO_PUBLISH = ['story', 'actions', 'lessons'] as const satisfies readonly TeachingTextField[]

/**
 * Publishing: a complete draft whose text names nobody. The first leak refuses it, naming the text
 * field it is in and, by its code, what leaked (LEARNING.CONTAINS_PHONE…).
 */
export function decidePublish(tc: TeachingCase, personal: PersonalData, now: Date): Partial<TeachingCase> {
  assertDraft(tc)
  for (const field of REQUIRED_TO_PUBLISH)
    if (!tc[field].trim())
      throw refuse(
        'PRECONDITION',
        'INCOMPLETE',
        `A teaching case needs its ${field} before it is published`,
        field,
      )
  const [leak] = teachingCaseLeaks(tc, personal)
  if (leak)
    throw refuse(
      'BAD_INPUT',
      `CONTAINS_${leak.kind.toUpperCase()}`,
      `The ${leak.field} still contains the customer's ${leak.kind}; anonymise it before publishing`,
      leak.field,
      { kind: leak.kind, index: leak.index, length: leak.length },
    )
  return { status: 'published', publishedAt: now, updatedAt: now }
}

/** Withdrawing takes a published case out of the library. */
export function decideWithdraw(tc: TeachingCase, now: Date): Partial<TeachingCase> {
  if (tc.status !== 'published')
    throw refuse('PRECONDITION', 'NOT_PUBLISHED', 'Only a published teaching case can be withdrawn', 'id')
  return { status: 'withdrawn', withdrawnAt: now, updatedAt: now }
}
