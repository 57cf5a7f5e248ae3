const KEY = 'mirsad.private'

/**
 * Whether the user chose private mode. Only this switch is remembered (in localStorage, like the
 * locale): it holds no data, and without it a reload would quietly start keeping files again.
 */
export function readPrivateFlag(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === '1'
  } catch {
    return false
  }
}

export function writePrivateFlag(on: boolean): void {
  try {
    if (on) globalThis.localStorage?.setItem(KEY, '1')
    else globalThis.localStorage?.removeItem(KEY)
  } catch {
    // storage disabled: the switch just will not survive a reload
  }
}
