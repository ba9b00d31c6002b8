import { afterEach, describe, expect, it, vi } from 'vitest'
import { startPeriodicJob } from './periodic'

afterEach(() => {
  vi.useRealTimers()
})

describe('startPeriodicJob', () => {
  it('runs at once, then on every tick, never two passes at the same time', async () => {
    vi.useFakeTimers()
    let inFlight = 0
    let maxInFlight = 0
    let passes = 0
    const logged: unknown[] = []
    const stop = startPeriodicJob(
      {
        name: 'test job',
        everyMs: 1000,
        run: async () => {
          inFlight += 1
          maxInFlight = Math.max(maxInFlight, inFlight)
          await new Promise((r) => setTimeout(r, 2500)) // slower than the interval
          inFlight -= 1
          passes += 1
          return { done: passes % 2 }
        },
      },
      {},
      (e) => logged.push(e),
    )
    await vi.advanceTimersByTimeAsync(10_000)
    const stopped = stop()
    await vi.advanceTimersByTimeAsync(5000) // let the pass in flight finish
    await stopped
    expect(maxInFlight).toBe(1)
    expect(passes).toBeGreaterThanOrEqual(3)
    // only passes that did something are logged
    expect(logged.length).toBe(Math.ceil(passes / 2))
  })

  it('logs a failed pass and keeps going', async () => {
    vi.useFakeTimers()
    let calls = 0
    const logged: Record<string, unknown>[] = []
    const stop = startPeriodicJob(
      {
        name: 'flaky',
        everyMs: 1000,
        run: async () => {
          calls += 1
          if (calls === 1) throw new Error('database away')
          return { n: 1 }
        },
      },
      {},
      (e) => logged.push(e as Record<string, unknown>),
    )
    await vi.advanceTimersByTimeAsync(1500)
    await stop()
    expect(logged[0]).toMatchObject({ level: 'error', msg: 'flaky failed' })
    expect(logged[1]).toMatchObject({ msg: 'flaky', n: 1 })
  })

  it('a job that throws at once is logged, not a crash of the server', async () => {
    vi.useFakeTimers()
    const logged: Record<string, unknown>[] = []
    const stop = startPeriodicJob(
      {
        name: 'broken',
        everyMs: 1000,
        run: () => {
          throw new Error('before any await')
        },
      },
      {},
      (e) => logged.push(e as Record<string, unknown>),
    )
    await vi.advanceTimersByTimeAsync(10)
    await stop()
    expect(logged[0]).toMatchObject({ level: 'error', msg: 'broken failed' })
  })

  it('stop waits for the pass in flight', async () => {
    vi.useFakeTimers()
    let finished = false
    const stop = startPeriodicJob(
      {
        name: 'slow',
        everyMs: 60_000,
        run: async () => {
          await new Promise((r) => setTimeout(r, 500))
          finished = true
          return undefined
        },
      },
      {},
      () => {},
    )
    const stopped = stop()
    await vi.advanceTimersByTimeAsync(500)
    await stopped
    expect(finished).toBe(true)
  })
})
