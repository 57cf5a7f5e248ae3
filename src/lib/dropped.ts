/**
 * Files from a drop, folders included: DataTransferItem.webkitGetAsEntry walks dropped folders
 * (every browser supports it; the File System Access API does not exist in Firefox). Each file
 * keeps its path from the dropped folder ("reports/kz/a.txt"), as the contract asks.
 */
export interface DroppedFile {
  path: string
  file: File
}

/**
 * The parts of the browser's FileSystemEntry API used here, typed structurally so that the walk
 * can be tested in Node with stand-in entries.
 */
export interface Entry {
  name: string
  isFile: boolean
  isDirectory: boolean
}
interface FileEntry extends Entry {
  file(ok: (f: File) => void, fail?: (e: unknown) => void): void
}
interface DirectoryEntry extends Entry {
  createReader(): { readEntries(ok: (e: Entry[]) => void, fail?: (e: unknown) => void): void }
}
export interface DropData {
  items?: ArrayLike<{ kind: string; webkitGetAsEntry?(): Entry | null; getAsFile(): File | null }>
  files?: ArrayLike<File>
}

/** Hidden files and OS clutter are never articles. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'Thumbs.db' || name === 'desktop.ini'
}

function fileOf(entry: FileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

/** readEntries returns at most ~100 entries per call: call it until it returns none. */
async function childrenOf(dir: DirectoryEntry): Promise<Entry[]> {
  const reader = dir.createReader()
  const out: Entry[] = []
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    )
    if (!batch.length) return out
    out.push(...batch)
  }
}

export async function walkEntry(entry: Entry, prefix = ''): Promise<DroppedFile[]> {
  if (skipped(entry.name)) return []
  const path = prefix ? `${prefix}/${entry.name}` : entry.name
  if (entry.isFile) return [{ path, file: await fileOf(entry as FileEntry) }]
  if (!entry.isDirectory) return []
  const children = await childrenOf(entry as DirectoryEntry)
  children.sort((a, b) => a.name.localeCompare(b.name))
  const out: DroppedFile[] = []
  for (const c of children) out.push(...(await walkEntry(c, path)))
  return out
}

/**
 * Must be called synchronously inside the drop handler: the browser empties the DataTransfer
 * once the event returns, so the entries are taken first and walked afterwards.
 */
export function collectDropped(dt: DropData): Promise<DroppedFile[]> {
  const entries: Entry[] = []
  const loose: File[] = []
  for (const item of Array.from(dt.items ?? [])) {
    if (item.kind !== 'file') continue
    const entry = item.webkitGetAsEntry?.()
    if (entry) entries.push(entry)
    else {
      const f = item.getAsFile()
      if (f) loose.push(f)
    }
  }
  if (!entries.length && !loose.length) loose.push(...Array.from(dt.files ?? []))
  return (async () => {
    const out: DroppedFile[] = loose.map((file) => ({ path: file.name, file }))
    for (const e of entries) out.push(...(await walkEntry(e)))
    return out
  })()
}
