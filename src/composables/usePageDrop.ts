import { onBeforeUnmount, onMounted, ref } from 'vue'
import { collectDropped } from '../lib/dropped'
import { useCorpusStore } from '../stores/useCorpusStore'

/**
 * The whole page accepts dropped files and folders; `dragging` is true while something is held
 * over it (for the drop hint overlay).
 */
export function usePageDrop() {
  const corpus = useCorpusStore()
  const dragging = ref(false)
  let depth = 0

  const hasFiles = (e: DragEvent) => Boolean(e.dataTransfer?.types.includes('Files'))
  function onEnter(e: DragEvent) {
    if (!hasFiles(e)) return
    depth++
    dragging.value = true
  }
  function onLeave(e: DragEvent) {
    if (!hasFiles(e)) return
    depth = Math.max(0, depth - 1)
    if (depth === 0) dragging.value = false
  }
  function onOver(e: DragEvent) {
    if (hasFiles(e)) e.preventDefault()
  }
  function onDrop(e: DragEvent) {
    depth = 0
    dragging.value = false
    if (!e.dataTransfer || !hasFiles(e)) return
    e.preventDefault()
    // Entries must be taken before the handler returns; walking folders happens afterwards.
    void collectDropped(e.dataTransfer).then((list) => corpus.addFiles(list))
  }

  onMounted(() => {
    window.addEventListener('dragenter', onEnter)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('dragover', onOver)
    window.addEventListener('drop', onDrop)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('dragenter', onEnter)
    window.removeEventListener('dragleave', onLeave)
    window.removeEventListener('dragover', onOver)
    window.removeEventListener('drop', onDrop)
  })
  return { dragging }
}
