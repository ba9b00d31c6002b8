import type { UserConfig } from 'vite'

/** Shared Vite preset: Vue plugin, `base`, build to dist/, dev proxy of /trpc to the API. */
export function appConfig(opts: { base: string; port: number }): UserConfig
