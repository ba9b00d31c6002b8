/**
 * Files the user takes away (exports, statements, reports), saved through the browser's own download
 * as a person would: one way for every app, whatever produced the content.
 */
export function saveBlob(filename: string, blob: Blob) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Revoked a little later: some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Text the app built or the API returned as text (CSV: UTF-8, with its BOM for Excel). */
export function saveText(filename: string, text: string, mime = 'text/csv;charset=utf-8') {
  saveBlob(filename, new Blob([text], { type: mime }))
}

/** Binary content the API rendered and sent as base64 (XLSX, PDF). */
export function saveBase64(filename: string, mime: string, base64: string) {
  saveBlob(filename, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: mime }))
}

/** Opens a file the API returned as a data URL in a new tab (photos and PDF evidence). */
export function openDataUrl(filename: string, dataUrl: string) {
  const w = window.open()
  if (w) {
    w.document.title = filename
    const frame = w.document.createElement('iframe')
    frame.src = dataUrl
    frame.style.cssText = 'border:0;width:100%;height:100%'
    w.document.body.style.margin = '0'
    w.document.body.appendChild(frame)
  }
}
