import ExcelJS from 'exceljs'
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

  it('writes typed XLSX cells — text as text (never a formula, never prefixed), numbers, dates', async () => {
    const xlsx = await renderXlsx([
      {
        name: '明细',
        columns: [
          { header: '名称', key: 'name' },
          { header: '金额', key: 'yuan', numFmt: '0.00' },
          { header: '日期', key: 'day', numFmt: 'yyyy-mm-dd' },
        ],
        rows: [
          { name: '=SUM(A1)', yuan: 1.23, day: new Date('2026-11-23T16:00:00Z') },
          { name: '刹车片', yuan: 45, day: null },
        ],
      },
    ])
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]!
    expect([ws.getCell('A2').type, ws.getCell('B2').type, ws.getCell('C2').type]).toEqual([
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.Number,
      ExcelJS.ValueType.Date,
    ])
    expect(await readXlsxRows(xlsx)).toEqual([
      ['名称', '金额', '日期'],
      ['=SUM(A1)', '1.23', '2026-11-24'],
      ['刹车片', '45'],
    ])
  })
})
