import { resolve } from 'node:path'
import { z } from 'zod'

const list = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )

/** The only place process.env is read. */
const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
  DATA_DIR: z.string().default('./.data'),
  SMTP_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  MAIL_FROM: z.string().default('售后质量平台 <noreply@aftersales.local>'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  TRUSTED_ORIGINS: list,
  /** Addresses of reverse proxies whose X-Forwarded-For is believed (client address for throttles). */
  TRUSTED_PROXIES: list,
})

export type Env = z.infer<typeof schema>

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')
    throw new Error(`Invalid environment:\n${lines}`)
  }
  // The embedded database lives under the project root unless DATA_DIR says otherwise.
  return { ...parsed.data, DATA_DIR: resolve(parsed.data.DATA_DIR) }
}
