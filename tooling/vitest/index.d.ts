import type { UserConfig } from 'vitest/config'

export declare function vitestPreset(extra?: { include?: string[]; exclude?: string[] }): UserConfig
