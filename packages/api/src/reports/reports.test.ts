import { describe, expect, it } from 'vitest'
import { drawTable, renderPdf } from './pdf'
import { readXlsxRows, renderXlsx } from './xlsx'

describe('reports', () => {
  it('renders a PDF with the CJK font embedded', async () => {
    const pdf = await renderPdf({ title: '对账单 Statement' }, (doc) => {
      doc.fontSize(16).text('北京朝阳服务站 2026年10月 保修配件结算单')
      drawTable(
        doc,
        [
          { header: '配件 Part', width: 200 },
          { header: '金额 Amount', width: 100, align: 'right' },
        ],
        [['前大灯总成 Headlamp', '¥1,234.00']],
      )
    })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.toString('latin1')).toContain('NotoSansSC')
  })

  it('writes XLSX whose text cells can never run as formulas, and reads it back', async () => {
    const xlsx = await renderXlsx([
      {
        name: '明细',
        columns: [
          { header: '名称', key: 'name' },
          { header: '金额', key: 'fen' },
        ],
        rows: [
          { name: '=SUM(A1)', fen: 123 },
          { name: '刹车片', fen: 4500 },
        ],
      },
    ])
    const rows = await readXlsxRows(xlsx)
    expect(rows).toEqual([
      ['名称', '金额'],
      ["'=SUM(A1)", '123'],
      ['刹车片', '4500'],
    ])
  })
})
