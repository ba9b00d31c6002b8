/** Saves base64 content (a report the API rendered) through the browser's download, as a person would. */
export function downloadBase64(filename: string, mime: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
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
