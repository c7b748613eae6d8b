/** What an importer extracts from one input, before it becomes a content file. */

/** A value seen in the input that may be a field, and where: for refusals and summaries. */
export interface Sighting {
  /** As the input has it, shortened. */
  value: string;
  /** Its ISO 8601 reading, for a date that reads as one. */
  iso?: string;
  /** Where it was seen (`line 12`, `meta article:published_time`). */
  where: string;
}

export interface DraftImage {
  /** A local image file to copy next to the article (absolute path on disk). */
  file?: string;
  /** The name it keeps beside the article (`photos/tram.jpg`); default: its own, made slug-safe. */
  name?: string;
  /** A file a raw copy names beside itself, as written, until the importer finds it on disk. */
  localSrc?: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

export interface ArticleDraft {
  title: string;
  dek?: string;
  /** Summary for link previews, when the source states one apart from the dek. */
  description?: string;
  byline?: string;
  authors?: string[];
  publisher?: string;
  source?: string;
  published?: string;
  updated?: string;
  /** When the copy was made. */
  archived?: string;
  image?: DraftImage;
  tags?: string[];
  lang?: string;
  /** Related articles; `url` as written (relative or absolute) until the draft is finished. */
  related: { title: string; url?: string }[];
  /** The Markdown body. */
  body: string;
  /** Pictures in the body that are files beside the copy, copied beside the article as named. */
  bodyFiles?: { from: string; name: string }[];
  /** Things the importer kept but could not classify, for the person importing. */
  warnings: string[];
  /** Where the headline was read (`line 3`, `the Title: line`). */
  titleFrom?: string;
  /** Fields decided on weak evidence, worded `field: why`, for the person to check. */
  guessed?: string[];
  /** Dates and addresses seen but not taken, listed when the import is refused for want of one. */
  seen?: { dates: Sighting[]; addresses: Sighting[] };
}

/** An input the importer cannot read as an article. */
export class ImportError extends Error {
  override name = 'ImportError';
}
