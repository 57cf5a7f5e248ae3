/** Why a share link or bundle could not be opened (or made); the UI explains each code. */
export type ShareErrorCode =
  | 'truncated'
  | 'corrupted'
  | 'needs-passphrase'
  | 'wrong-passphrase'
  | 'newer-version'
  | 'too-large'
  | 'invalid'
  | 'no-crypto'

const MESSAGES: Record<ShareErrorCode, string> = {
  truncated: 'The link is truncated: part of it is missing. Copy the whole link again.',
  corrupted: 'The link or bundle is damaged and cannot be read.',
  'needs-passphrase': 'This link is protected by a passphrase.',
  'wrong-passphrase': 'Wrong passphrase (or the data was altered).',
  'newer-version': 'This was made by a newer version of Mirsad: open it with that version.',
  'too-large': 'This holds more data than Mirsad will open.',
  invalid: 'This is not a Mirsad share link or bundle.',
  'no-crypto':
    'This page has no Web Crypto (it is not served over https, from localhost or from a file), so passphrases are not available here.',
}

export class ShareError extends Error {
  override readonly name = 'ShareError'
  constructor(
    readonly code: ShareErrorCode,
    readonly detail?: string,
  ) {
    super(MESSAGES[code] + (detail ? ` (${detail})` : ''))
  }
}
