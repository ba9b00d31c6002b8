import { useLogout } from './auth'
import { downloadExport } from './export'
import { keyOf } from './keys'
import { createApi, useApi } from './plugin'
import { useStaffSignIn } from './staff-sign-in'
import { useMe } from './use-me'

/** What a staff app hands packages/ui at startup (`startStaffApp({ client: uiClient, … })`): ui calls only these. */
export const uiClient = { createApi, useMe, useLogout, useStaffSignIn, downloadExport, useApi, keyOf }
