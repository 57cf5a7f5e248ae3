/**
 * The Mirsad data contract. The CLI prints a `Corpus` as JSON and the page renders one, so the
 * field names below are public: add fields freely, never rename or remove one.
 * docs/contract.md explains every field; keep the two in step.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into `Article.text`, the cleaned body:
 * `article.text.slice(start, end)` is always the mention's text.
 */

/** Bumped whenever parser output for the same bytes can change (stored data is re-parsed). */
export const PARSER_VERSION = 1
/** Bumped whenever the shape of a stored / exported / shared corpus changes. */
export const SCHEMA_VERSION = 1

/** A file handed to the pipeline: the page's dropped File or the CLI's file, as bytes. */
export interface InputFile {
  /** File name, or a relative path for files from folders and archives ("folder/a.txt"). */
  name: string
  bytes: Uint8Array
}

export interface ParseOptions {
  /** Per-file size limit in bytes (default 20 MB). */
  maxFileBytes?: number
  /** Cap on the total bytes expanded from one archive (default 200 MB). */
  maxExpandedBytes?: number
  /** Cap on an archive's expanded ÷ compressed size, against zip bombs (default 100). */
  maxExpansionRatio?: number
  /** Publication dates set by the user, keyed by article id: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM". */
  publishedOverrides?: Record<string, string>
}

// ---------------------------------------------------------------------------------------------
// Articles

export type Language = 'ar' | 'en' | 'other'

export interface Article {
  /** Stable id derived from the file's bytes ("a-" + hash). */
  id: string
  /** The file name as given (relative path inside folders and archives). */
  file: string
  title: string | null
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" as printed in the article, never shifted by a time zone. */
  published: string | null
  author: string | null
  language: Language
  /** The cleaned article body; every offset in the corpus points into it. */
  text: string
  /** Doubts about this file that did not stop it from parsing (repaired mojibake, no date...). */
  warnings: string[]
  /** How `published` was found: from the text, from HTML metadata, set by the user, or not at all. */
  publishedSource?: 'text' | 'metadata' | 'user' | 'none'
  /** Outlet / site name where the file names it. */
  outlet?: string | null
  /** Dateline place ("موسكو" in "موسكو - ..."). */
  dateline?: string | null
  /** Original URL where the file names it (HTML canonical link, og:url). */
  url?: string | null
  /** Encoding the bytes were decoded with ("utf-8", "utf-16le", "windows-1256", ...). */
  encoding?: string
  /** Input format ("txt", "md", "html", "docx", "pdf"). */
  format?: string
  /** Paragraph spans in `text`. */
  paragraphs?: Span[]
}

export interface Span {
  start: number
  end: number
}

export interface Sentence extends Span {
  text: string
  /** Index of the paragraph (in `Article.paragraphs`) holding the sentence. */
  paragraph: number
}

// ---------------------------------------------------------------------------------------------
// Time expressions

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET'
/** What a value was pinned to. */
export type TimexAnchor = 'explicit' | 'publication' | 'narrative' | 'none'

export interface Timex extends Span {
  articleId: string
  /** The expression as written: `article.text.slice(start, end)`. */
  text: string
  type: TimexType
  /**
   * TIMEX3 value: "2022-01-05", "2022-01", "2022", "2022-W01", "2022-01-08T07:00", "P2W",
   * a range "2022-01-05/2022-01-19", or with X digits when it cannot be pinned ("XXXX-XX-XX").
   */
  value: string | null
  anchor: TimexAnchor
  /** TIMEX3 mod for vague expressions: START, MID, END, APPROX, BEFORE, AFTER ... */
  mod?: string
  /** Which parser produced it (for debugging and tests). */
  rule?: string
  /** For a DURATION whose start the sentence gives: "START/END" on the calendar. */
  interval?: string
}

// ---------------------------------------------------------------------------------------------
// Entities

export type EntityType = 'PER' | 'ORG' | 'LOC'
/** name: a proper name; nisba: an adjective for a place (الروسية → روسيا); acronym: CSTO, ناتو. */
export type MentionKind = 'name' | 'nisba' | 'acronym'

export interface Mention extends Span {
  articleId: string
  text: string
  kind?: MentionKind
}

export interface Entity {
  /** Stable id derived from the type and the canonical name's normalised form. */
  id: string
  type: EntityType
  /** Canonical name. */
  name: string
  /** Every other spelling seen in the corpus (not including `name`). */
  aliases: string[]
  mentions: Mention[]
}

/** An entity mention found in one article, before the corpus-level merge. */
export interface EntityMention extends Span {
  text: string
  type: EntityType
  kind: MentionKind
  /** Canonical name this mention resolves to within its article (the merge key). */
  canonical: string
  /** Which rule or model produced it. */
  source?: string
  /**
   * The name with the designator that belongs to it ("منطقة مانجيستاو" for the mention
   * "مانجيستاو"), when there is one: the corpus lists it among the entity's aliases.
   */
  extent?: Span
}

export interface Cooccurrence {
  /** Entity ids, a < b. */
  a: string
  b: string
  /** Number of sentences mentioning both. */
  count: number
  /** Significance (higher = more associated than chance); see docs/contract.md. */
  score: number
  /** Number of paragraphs mentioning both. */
  paragraphCount?: number
  /** Number of articles mentioning both. */
  articleCount?: number
}

// ---------------------------------------------------------------------------------------------
// Events

export const EVENT_TYPES = [
  'protest',
  'clash',
  'casualties',
  'deployment',
  'withdrawal',
  'emergency',
  'resignation',
  'dismissal',
  'appointment',
  'arrest',
  'statement',
  'diplomacy',
  'request',
  'other',
] as const
export type EventType = (typeof EVENT_TYPES)[number]

export type DateSource = 'explicit' | 'narrative' | 'publication' | 'none'
export type Modality = 'asserted' | 'denied' | 'planned' | 'conditional' | 'reported'
export const QUANTITY_UNITS = [
  'troops',
  'aircraft',
  'vehicles',
  'killed',
  'injured',
  'arrested',
  'other',
] as const
export type QuantityUnit = (typeof QUANTITY_UNITS)[number]

export interface Quantity {
  value: number
  unit: QuantityUnit
  /** The words the number was read from ("9 طائرات", "أكثر من 1000"). */
  text: string
  /** "at least" / "about" qualifiers: ge (أكثر من), le (أقل من), approx (نحو). */
  qualifier?: 'exact' | 'ge' | 'le' | 'approx'
  /** Model or kind where given ("إل-76"). */
  model?: string
  articleId?: string
  /** Offsets of `text` in the article. */
  start?: number
  end?: number
}

export interface EventSource extends Span {
  articleId: string
  /** The sentence's text (not its number); `start`/`end` are the sentence's offsets. */
  sentence: string
  /** The trigger words' offsets inside the article. */
  trigger?: Span
  /** The date this source gives the event, and how it was found. */
  date?: string | null
  dateSource?: DateSource
  /** Last day when the source dates the event by a span ("خلال اليومين الماضيين"). */
  dateEnd?: string
}

export interface MirsadEvent {
  /** Stable id from the article id, the sentence offsets and the type. */
  id: string
  type: EventType
  /** "YYYY-MM-DD", or null when unknown. */
  date: string | null
  dateSource: DateSource
  /** Last day when the event is dated by a span ("خلال اليومين الماضيين"): it happened on one of
   * the days from `date` to `dateEnd`. */
  dateEnd?: string
  modality: Modality
  sources: EventSource[]
  /** Entity ids (PER / ORG). */
  actors: string[]
  /** Entity ids (LOC). */
  locations: string[]
  quantities: Quantity[]
  /** The trigger words as written (first source). */
  trigger?: string
  /** Which rule produced it. */
  rule?: string
}

export interface Deployment {
  id: string
  eventId: string
  /** Entity id of the sending country or organisation, or null. */
  sender: string | null
  /** What was sent, in words and counts. */
  contingent: Quantity[]
  /** Entity id of the place it left from, or null. */
  origin: string | null
  /** Entity id of the place it went to, or null. */
  destination: string | null
  date: string | null
  /** Entity id or name of the mission (for example a peacekeeping force), or null. */
  mission: string | null
  /** "deployment" or "withdrawal". */
  kind?: 'deployment' | 'withdrawal'
  /** Kinds of units and equipment the contingent names, counted or not (paratroopers, frigates). */
  units?: ContingentUnit[]
  /** For a withdrawal: the id of the deployment record it ends (same sender or mission, earlier). */
  withdraws?: string
}

/** A kind of unit or equipment named in a contingent ("مظليين", "كتيبة مدرعة", "حاملة طائرات"). */
export interface ContingentUnit {
  /** Kind id from the event lexicon: paratroopers, battalion, frigate, aircraft-carrier ... */
  kind: string
  /** The words as written. */
  text: string
}

// ---------------------------------------------------------------------------------------------
// Results

export interface FileError {
  file: string
  message: string
  /** Machine-readable reason: empty, binary, too-large, undecodable, unsupported, archive, internal. */
  code?: string
}

export interface Corpus {
  schemaVersion?: number
  parserVersion?: number
  articles: Article[]
  timexes: Timex[]
  entities: Entity[]
  events: MirsadEvent[]
  deployments: Deployment[]
  cooccurrence: Cooccurrence[]
  errors: FileError[]
  /**
   * Files skipped because they repeat an article already in the corpus: the same bytes, or a
   * near-identical copy of the text (then `similarity`, 0..1, says how near).
   */
  duplicates?: { file: string; of: string; similarity?: number }[]
}

/**
 * Everything the pipeline knows about one article, computed from that file alone. The corpus is
 * assembled from these; caching them lets the page add or remove a file without re-parsing the rest.
 */
export interface ArticleResult {
  article: Article
  sentences: Sentence[]
  timexes: Timex[]
  mentions: EntityMention[]
  /** Events whose `actors` / `locations` hold `EntityMention.canonical` names until the corpus merge. */
  events: MirsadEvent[]
  /** Deployments whose entity fields hold canonical names until the corpus merge. */
  deployments: Deployment[]
}

/** What parsing one input file gives: an archive yields several articles, a bad file an error. */
export interface FileResult {
  file: string
  results: ArticleResult[]
  errors: FileError[]
}
