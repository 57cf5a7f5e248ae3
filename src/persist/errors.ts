/** Why the browser could not keep (or read back) the user's corpus. */
export type PersistErrorCode = 'quota' | 'unavailable' | 'newer-version' | 'failed'

const MESSAGES: Record<PersistErrorCode, string> = {
  quota:
    'Browser storage is full: the newest changes were not kept. Remove some files or clear the stored data to make room.',
  unavailable:
    'This browser does not let the page keep data (storage is blocked or unavailable): nothing will survive a reload.',
  'newer-version':
    'The data kept in this browser was saved by a newer version of Mirsad, which this version cannot read.',
  failed: 'The browser could not save or read the kept data.',
}

export class PersistError extends Error {
  override readonly name = 'PersistError'
  constructor(
    readonly code: PersistErrorCode,
    readonly detail?: string,
  ) {
    super(MESSAGES[code] + (detail ? ` (${detail})` : ''))
  }
}

/** Maps whatever IndexedDB threw (DOMException names differ by browser) to a PersistError. */
export function toPersistError(err: unknown): PersistError {
  if (err instanceof PersistError) return err
  const name = (err as { name?: string } | null)?.name ?? ''
  const message = (err as { message?: string } | null)?.message ?? String(err)
  if (/quota/i.test(name) || /quota/i.test(message) || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return new PersistError('quota', message)
  }
  if (name === 'VersionError') return new PersistError('newer-version', message)
  if (name === 'InvalidStateError' || name === 'SecurityError') {
    return new PersistError('unavailable', message)
  }
  return new PersistError('failed', message)
}
