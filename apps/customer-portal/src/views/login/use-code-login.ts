import { type ApiError, toApiError, useRequestCode, useVerifyCode } from '@asq/api-client'
import { useCountdown } from '@asq/ui'
import { ref, watch } from 'vue'

/** How long the portal waits before offering to send another code (the server refuses sooner ones). */
const RESEND_SECONDS = 60

type Sent = { sentTo: string | null; channel: 'sms' | 'email'; expiresInSeconds: number }

/** Customer sign-in with a one-time code: request a code for a phone or e-mail, then verify it. */
export function useCodeLogin() {
  const request = useRequestCode()
  const verify = useVerifyCode()
  const countdown = useCountdown()
  const contact = ref('')
  const code = ref('')
  const sent = ref<Sent | null>(null)
  const error = ref<ApiError | null>(null)

  // Another contact is another sign-in: forget the code sent to the previous one.
  watch(contact, () => {
    sent.value = null
    code.value = ''
    countdown.stop()
  })

  async function sendCode(): Promise<boolean> {
    error.value = null
    try {
      const res = await request.mutateAsync({ contact: contact.value.trim() })
      sent.value = res
      countdown.start(RESEND_SECONDS)
      return true
    } catch (e) {
      error.value = toApiError(e)
      // A code was sent moments ago (e.g. before a reload): let the customer type it in.
      if (error.value.domainCode === 'IDENTITY.CODE_TOO_SOON') {
        sent.value = { sentTo: null, channel: 'sms', expiresInSeconds: 600 }
        countdown.start(RESEND_SECONDS)
        return true
      }
      return false
    }
  }

  async function signIn(): Promise<boolean> {
    error.value = null
    try {
      await verify.mutateAsync({ contact: contact.value.trim(), code: code.value.trim() })
      return true
    } catch (e) {
      error.value = toApiError(e)
      return false
    }
  }

  return {
    contact,
    code,
    sent,
    error,
    remaining: countdown.remaining,
    sending: request.isPending,
    verifying: verify.isPending,
    sendCode,
    signIn,
  }
}
