import type ExcelJS from 'exceljs'
import type PDFDocument from 'pdfkit'

/**
 * exceljs and pdfkit are loaded at their first use, not when the server starts: loading exceljs alone
 * took 2.3 s and pdfkit 0.4 s on this machine, most of an embedded start (issue 13, goal 5), and most
 * runs of the server never write a spreadsheet or a PDF.
 */
type Excel = typeof ExcelJS
type PdfKit = typeof PDFDocument

// Both are CommonJS: a dynamic import hands their module.exports over as `default`.
const exportsOf = <T>(m: unknown) => ((m as { default?: T }).default ?? m) as T

let excel: Promise<Excel> | null = null
let pdf: Promise<PdfKit> | null = null

export const loadExcelJs = () => (excel ??= import('exceljs').then(exportsOf<Excel>))
export const loadPdfKit = () => (pdf ??= import('pdfkit').then(exportsOf<PdfKit>))
