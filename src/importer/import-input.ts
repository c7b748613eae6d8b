/**
 * One input → one content file, in memory: picks the reader (raw copy or saved page), finishes
 * the draft, renders the file and checks it against the site's schema. No writing here.
 */
import { ImportError, type ArticleDraft } from './draft';
import { finishDraft, type FinishedArticle, type ImportOptions } from './finish';
import { renderArticle } from './frontmatter';
import { parseHtmlPage, type HtmlContext } from './html/page';
import { findLocalImages, type LocalImagesContext } from './local-images';
import { parseRawCopy } from './raw-copy';
import { MissingFieldsError, type Missing } from './refusal';
import { takeSignOff } from './sign-off';
import { siteProblems } from './validate';

export interface ImportedArticle extends FinishedArticle {
  slug: string;
  /** The content file's text. */
  text: string;
}

const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<article[\s>])/i;

/** Whether an input is a saved web page rather than a raw Markdown copy. */
export function isHtmlInput(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || HTML_START.test(text.replace(/^\uFEFF/, '').slice(0, 500));
}

/** The draft of one input before it is finished: what was read, whether or not it would import. */
export function readDraft(text: string, shown: string, options: HtmlContext = {}): ArticleDraft {
  const draft = isHtmlInput(shown, text) ? parseHtmlPage(text, options) : parseRawCopy(text);
  takeSignOff(draft);
  return draft;
}

/**
 * Imports one input. Throws `MissingFieldsError` when the input lacks its original address or
 * publication date (with what it holds instead), and `ImportError` with every problem, one per
 * line, each naming `shown` and the field, when the site would reject the result, or naming
 * each picture beside a raw copy that cannot be imported.
 */
export function importInput(
  text: string,
  shown: string,
  options: ImportOptions & HtmlContext & LocalImagesContext = {},
): ImportedArticle {
  const draft = readDraft(text, shown, {
    ...options,
    ...(options.source !== undefined && { source: options.source }),
  });
  // A saved page's pictures are found as it is read; a raw copy's once its body is known.
  if (!isHtmlInput(shown, text)) findLocalImages(draft, options.findImage);
  const finished = finishDraft(draft, options);
  const missing = (['source', 'published'] as const).filter(
    (field): field is Missing => finished.frontmatter[field] === undefined,
  );
  if (missing.length > 0) {
    throw new MissingFieldsError(missing, {
      headline: draft.title,
      ...(draft.titleFrom !== undefined && { headlineFrom: draft.titleFrom }),
      dates: draft.seen?.dates ?? [],
      addresses: draft.seen?.addresses ?? [],
    });
  }
  const rendered = renderArticle(finished.frontmatter, finished.body);
  const problems = siteProblems(rendered, finished.slug, shown);
  if (problems.length > 0 || finished.slug === undefined) {
    throw new ImportError(`the site would reject this article:\n${problems.join('\n')}`);
  }
  return { ...finished, slug: finished.slug, text: rendered };
}
