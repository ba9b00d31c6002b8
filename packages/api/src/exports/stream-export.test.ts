import { csvUploadRows } from '@asq/domain'
import { describe, expect, it } from 'vitest'
import type { Cell } from '../reports/xlsx'
import { readUpload } from '../uploads/read-upload'
import { exportStream } from './stream-export'

const columns = [{ header: '名称 Name' }, { header: '金额 Amount', numFmt: '0.00' }]
async function* source(n: number): AsyncGenerator<Cell[]> {
  for (let i = 0; i < n; i++) yield [i % 2 ? `=配件${i}` : `配件${i}`, i / 100]
}
const bytesOf = async (s: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(s).arrayBuffer())

describe('streamed exports', () => {
  it.each(['csv', 'xlsx'] as const)('a %s export of 2 500 rows reads back as written', async (format) => {
    const bytes = await bytesOf(exportStream(format, '明细', columns, source(2500)))
    const { rows } =
      format === 'csv'
        ? { rows: csvUploadRows(bytes).rows }
        : await readUpload(Buffer.from(bytes).toString('base64'))
    expect(rows).toHaveLength(2501)
    expect(rows[0]).toEqual(['名称 Name', '金额 Amount'])
    expect(rows[1]).toEqual(['配件0', '0'])
    expect(rows[2500]).toEqual(['=配件2499', '24.99'])
  })
})
