import { ElMessage } from 'element-plus'
import { ref } from 'vue'
import { saveBase64 } from '../files/download'

type Format = 'xlsx' | 'pdf'
interface StatementFile {
  fileName: string
  mime: string
  contentBase64: string
}

/**
 * A settled statement's download as Excel or PDF, for HQ's statements and the station's account alike.
 * `fetch` is the role's download procedure; `downloading` names the file on its way (`<id>.<format>`) so
 * its button spins; a failure is shown as a message.
 */
export function useStatementDownload(
  fetch: (input: { id: string; format: Format }) => Promise<StatementFile>,
  errorText: (e: unknown) => string,
) {
  const downloading = ref('')
  async function download(row: { id: string }, format: Format) {
    downloading.value = `${row.id}.${format}`
    try {
      const file = await fetch({ id: row.id, format })
      saveBase64(file.fileName, file.mime, file.contentBase64)
    } catch (e) {
      ElMessage.error(errorText(e))
    } finally {
      downloading.value = ''
    }
  }
  return { downloading, download }
}
