/**
 * An optional probe around pipeline stages, so that the benchmark can time each stage of the
 * real code path. The pipeline never reads the clock itself: the caller's timer does.
 */
export type StageTimer<S extends string> = <T>(stage: S, run: () => T) => T

export const untimed = <T>(_stage: string, run: () => T): T => run()
