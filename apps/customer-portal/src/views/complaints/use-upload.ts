import { toApiError, uploadFile, useApi } from '@asq/api-client'
import { useComplaintErrorText } from '@asq/ui'
import { ElMessage } from 'element-plus'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { PickedFile } from './files'

/** Uploads picked files to a complaint one by one; a refused file is reported and the rest still go. */
export function useEvidenceUpload() {
  const { t } = useI18n()
  const { client } = useApi()
  const { errorText } = useComplaintErrorText()
  const uploading = ref(false)

  async function upload(complaintId: string, files: PickedFile[]): Promise<number> {
    uploading.value = true
    let ok = 0
    try {
      for (const f of files) {
        try {
          const { id } = await uploadFile(f.file, f.file.name)
          await client.complaint.my.upload.mutate({ complaintId, uploadId: id })
          ok++
        } catch (e) {
          ElMessage.error({
            message: t('complaints.form.uploadFailed', {
              name: f.file.name,
              reason: errorText(toApiError(e)),
            }),
            duration: 8000,
          })
        }
      }
    } finally {
      uploading.value = false
    }
    return ok
  }
  return { upload, uploading }
}
