/** What an importer extracts from one input, before it becomes a content file. */

export interface DraftImage {
  /** A local image file to copy next to the article (absolute path on disk). */
  file?: string;
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
  /** Things the importer kept but could not classify, for the person importing. */
  warnings: string[];
}

/** An input the importer cannot read as an article. */
export class ImportError extends Error {
  override name = 'ImportError';
}
