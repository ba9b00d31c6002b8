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

const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'))

/** The only place process.env is read. */
const schema = z.object({
  // 0 lets the OS choose a free port (the tests do; the port is in the 'listening' log line).
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
  DATA_DIR: z.string().default('./.data'),
  /**
   * Where uploaded files go: `directory` (DATA_DIR/files, content-addressed; the default without
   * DATABASE_URL) or `database` (a table of the PostgreSQL database; the default with it).
   */
  FILE_STORE: z.enum(['directory', 'database']).optional(),
  SMTP_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  MAIL_FROM: z.string().default('售后质量平台 <noreply@aftersales.local>'),
  // A server started without saying otherwise is a production server (`pnpm start` says development).
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  /** Default: on in production (behind HTTPS). */
  SECURE_COOKIES: flag,
  /** Default: demo data into an empty database outside production; in production only when set to true. */
  SEED_DEMO: flag,
  TRUSTED_ORIGINS: list,
  /** Addresses of reverse proxies whose X-Forwarded-For is believed (client address for throttles). */
  TRUSTED_PROXIES: list,
})

type Parsed = z.infer<typeof schema>
export type Env = Omit<Parsed, 'SECURE_COOKIES' | 'SEED_DEMO' | 'FILE_STORE'> & {
  FILE_STORE: 'directory' | 'database'
  SECURE_COOKIES: boolean
  SEED_DEMO: boolean
  /** SEED_DEMO was set explicitly (production allows demo logins only then). */
  SEED_DEMO_EXPLICIT: boolean
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')
    throw new Error(`Invalid environment:\n${lines}`)
  }
  // The embedded database lives under the project root unless DATA_DIR says otherwise.
  const production = parsed.data.NODE_ENV === 'production'
  return {
    ...parsed.data,
    DATA_DIR: resolve(parsed.data.DATA_DIR),
    FILE_STORE: parsed.data.FILE_STORE ?? (parsed.data.DATABASE_URL ? 'database' : 'directory'),
    SECURE_COOKIES: parsed.data.SECURE_COOKIES ?? production,
    SEED_DEMO: parsed.data.SEED_DEMO ?? !production,
    SEED_DEMO_EXPLICIT: parsed.data.SEED_DEMO !== undefined,
  }
}
