import { computed, ref, shallowRef, watch } from 'vue'
import {
  cooccurrenceCsv,
  downloadBlob,
  entitiesCsv,
  eventsCsv,
  eventsJson,
  exportFileName,
  MIME,
  textBlob,
} from '../../export'
import {
  BUNDLE_EXTENSION,
  bundleIsEncrypted,
  decodeBundle,
  decodeShareToken,
  encodeBundle,
  hasWebCrypto,
  makeShareLink,
  makeSnapshot,
  ShareError,
  snapshotInputs,
  tokenIsEncrypted,
  type CorpusSnapshot,
} from '../../share'
import { useCorpusStore, type Incoming } from '../../stores/useCorpusStore'

export type ExportKind = 'events-csv' | 'events-json' | 'entities-csv' | 'edges-csv'

const camel = (code: string) => code.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())

/** i18n key under share.errors for what went wrong. */
function errorKey(err: unknown): string {
  return camel(err instanceof ShareError ? err.code : 'corrupted')
}

/** Drops "#share=..." from the address bar (and from this history entry) once handled. */
function forgetFragment(): void {
  if (typeof location === 'undefined' || !location.hash) return
  history.replaceState(history.state, '', location.pathname + location.search)
}

/**
 * Everything the share panel does, kept out of the component: share links, bundles, exports,
 * private mode, "clear all", and opening an incoming link or bundle.
 */
export function useShare() {
  const corpus = useCorpusStore()
  const cryptoAvailable = hasWebCrypto()

  const passphrase = ref('')
  const link = ref('')
  const linkState = ref<'idle' | 'copied' | 'manual' | 'too-long'>('idle')
  const busy = ref(false)
  const error = ref<string | null>(null)
  const confirmingClear = ref(false)

  const incoming = computed(() => corpus.incoming)
  const incomingPassphrase = ref('')
  const incomingError = ref<string | null>(null)
  const incomingEncrypted = computed(() => isEncrypted(corpus.incoming))
  const userFiles = computed(() => corpus.files.filter((f) => !f.sample).length)

  function snapshot(): CorpusSnapshot {
    return makeSnapshot({
      files: corpus.files.flatMap((f) =>
        f.input ? [{ name: f.name, bytes: f.input.bytes, sample: f.sample }] : [],
      ),
      edits: corpus.userEdits,
      view: corpus.viewState,
      overrides: corpus.overrides,
    })
  }

  function sealOptions() {
    return cryptoAvailable && passphrase.value ? { passphrase: passphrase.value } : {}
  }

  async function run(task: () => Promise<void>): Promise<void> {
    busy.value = true
    error.value = null
    try {
      await task()
    } catch (err) {
      error.value = errorKey(err)
    } finally {
      busy.value = false
    }
  }

  const copyLink = () =>
    run(async () => {
      const made = await makeShareLink(location.href.split('#')[0]!, snapshot(), sealOptions())
      link.value = made.tooLong ? '' : made.url
      if (made.tooLong) return void (linkState.value = 'too-long')
      try {
        await navigator.clipboard.writeText(made.url)
        linkState.value = 'copied'
      } catch {
        linkState.value = 'manual' // no clipboard access (insecure page, denied): copy by hand
      }
    })

  const exportBundle = () =>
    run(async () => {
      const text = await encodeBundle(snapshot(), sealOptions())
      downloadBlob(textBlob(text, MIME.json), `mirsad-corpus${BUNDLE_EXTENSION}`)
    })

  async function importBundleFile(file: File): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer())
    corpus.incoming = { kind: 'bundle', name: file.name, bytes }
  }

  function exportTable(kind: ExportKind): void {
    const c = corpus.corpus
    const [text, name, type] =
      kind === 'events-csv'
        ? [eventsCsv(c), exportFileName('events', 'csv'), MIME.csv]
        : kind === 'events-json'
          ? [eventsJson(c), exportFileName('events', 'json'), MIME.json]
          : kind === 'entities-csv'
            ? [entitiesCsv(c), exportFileName('entities', 'csv'), MIME.csv]
            : [cooccurrenceCsv(c), exportFileName('cooccurrence-edges', 'csv'), MIME.csv]
    downloadBlob(textBlob(text, type), name)
  }

  // ---- incoming links and bundles

  function isEncrypted(x: Incoming | null): boolean {
    if (!x) return false
    return x.kind === 'link' ? tokenIsEncrypted(x.token) : bundleIsEncrypted(x.bytes)
  }

  async function openIncoming(): Promise<void> {
    const x = corpus.incoming
    if (!x) return
    incomingError.value = null
    busy.value = true
    try {
      const options = incomingPassphrase.value ? { passphrase: incomingPassphrase.value } : {}
      const snap =
        x.kind === 'link'
          ? await decodeShareToken(x.token, options)
          : await decodeBundle(x.bytes, options)
      corpus.incoming = null
      incomingPassphrase.value = ''
      forgetFragment()
      await corpus.replaceAll(snapshotInputs(snap), snap)
    } catch (err) {
      incomingError.value = errorKey(err)
    } finally {
      busy.value = false
    }
  }

  function dismissIncoming(): void {
    corpus.incoming = null
    incomingError.value = null
    forgetFragment()
    if (!corpus.files.length) void corpus.loadSample()
  }

  // A plain link opens by itself once the kept corpus is restored, unless it would replace the
  // user's own files; a passphrase or a replacement waits for the user.
  const needsConfirmation = computed(
    () => !!corpus.incoming && (incomingEncrypted.value || userFiles.value > 0),
  )
  const started = shallowRef(false)
  void corpus.start().then(() => (started.value = true))
  watch(
    [() => corpus.incoming, started],
    ([x, ok]) => {
      if (x && ok && !needsConfirmation.value) void openIncoming()
    },
    { immediate: true },
  )

  // ---- storage

  async function setPrivate(on: boolean): Promise<void> {
    await corpus.setPrivateMode(on)
  }

  async function clearAll(): Promise<void> {
    confirmingClear.value = false
    link.value = ''
    linkState.value = 'idle'
    await corpus.clearAll()
  }

  return {
    cryptoAvailable,
    passphrase,
    link,
    linkState,
    busy,
    error,
    copyLink,
    exportBundle,
    importBundleFile,
    exportTable,
    incoming,
    incomingEncrypted,
    incomingPassphrase,
    incomingError,
    userFiles,
    needsConfirmation,
    openIncoming,
    dismissIncoming,
    storageMode: computed(() => corpus.storageMode),
    /** i18n key under share.storageErrors, or null. */
    storageError: computed(() => (corpus.storageError ? camel(corpus.storageError.code) : null)),
    setPrivate,
    confirmingClear,
    clearAll,
  }
}
