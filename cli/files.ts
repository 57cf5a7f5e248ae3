import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, join, relative, dirname, resolve } from 'node:path'
import type { FileError, InputFile } from '../src/pipeline/types'

/**
 * Expands CLI path arguments into input files, the way a browser drop names them: a file by its
 * base name, a folder's files by their path relative to the folder's parent ("corpus/dev/a.txt").
 * Hidden files and folders are skipped. Sorted, so the output does not depend on the disk order.
 */
export async function collectFiles(
  paths: string[],
): Promise<{ files: InputFile[]; errors: FileError[] }> {
  const files: InputFile[] = []
  const errors: FileError[] = []
  for (const p of paths) {
    let info
    try {
      info = await stat(p)
    } catch {
      errors.push({ file: p, code: 'not-found', message: `No such file or folder: ${p}` })
      continue
    }
    if (info.isDirectory()) {
      const root = dirname(resolve(p))
      for (const full of await walk(resolve(p))) {
        files.push({ name: relative(root, full), bytes: await readFile(full) })
      }
    } else {
      files.push({ name: basename(p), bytes: await readFile(p) })
    }
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return { files, errors }
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = []
  const entries = await readdir(dir, { withFileTypes: true })
  for (const e of entries) {
    if (e.name.startsWith('.')) continue
    const full = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await walk(full)))
    else if (e.isFile()) out.push(full)
  }
  return out.sort()
}
