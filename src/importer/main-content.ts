/**
 * The main-content decision for a Markdown body (a scraped copy, or a saved page once converted):
 * which top-level blocks are page chrome. Generic signals only: chrome labels in the page's
 * language (./chrome-labels.ts), link density, position against the story's prose, and sections
 * that hold nothing else. What is not chrome is kept byte for byte, so a clean copy is unchanged.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isChromeLabel, isLegalLine } from './chrome-labels';
import { isCommentsLabel } from './comments-label';
import { isPromoLine } from './promo-line';
import { holdsRecordList, recordsStart } from './record-list';
import { renderedStory } from './rendered-story';

export type ChromeKind =
  'above' | 'label' | 'links' | 'picture' | 'section' | 'tail' | 'records' | 'extracted';

export interface ChromeBlock {
  kind: ChromeKind;
  /** First and last line of the block in the body (1-based). */
  start: number;
  end: number;
  /** The block as plain text, shortened. */
  text: string;
}

interface Block {
  node: RootContent;
  start: number;
  end: number;
  text: string;
  linkText: number;
  pictures: number;
  /** Pictures inside links or without alt text: logos, icons, teaser thumbnails. */
  decorative: number;
}

const parser = unified().use(remarkParse).use(remarkGfm);

// A paragraph of the story: this much text, mostly not links.
const PROSE_CHARS = 100;

type Measured = Pick<Block, 'text' | 'linkText' | 'pictures' | 'decorative'>;

// The tail of a link whose text held blocks (`[\n\n![Photo](…)\n\nTitle](https://…)`), left as
// text: a teaser card. No paragraph ends so: a link broken by a single line break still parses.
const BROKEN_LINK_TAIL = /^[^[\]]*\]\(\S+\s*(?:"[^"]*"\s*)?\)$/;

function measure(node: Nodes, into: Measured, inLink = false): void {
  if (node.type === 'text' || node.type === 'inlineCode') {
    into.text += node.value;
    if (inLink) into.linkText += node.value.length;
    return;
  }
  if (node.type === 'image' || node.type === 'imageReference') {
    into.pictures++;
    if (inLink || !node.alt?.trim()) into.decorative++;
    return;
  }
  if (node.type === 'html') return;
  if (!('children' in node)) return;
  if (node.type === 'paragraph' && !inLink) {
    // A broken link's tail is a link's text too: share buttons and teaser cards in lists.
    const own: Measured = { text: '', linkText: 0, pictures: 0, decorative: 0 };
    for (const child of node.children) measure(child, own);
    if (BROKEN_LINK_TAIL.test(own.text.replace(/\s+/g, ' ').trim())) own.linkText = own.text.length;
    into.text += own.text;
    into.linkText += own.linkText;
    into.pictures += own.pictures;
    into.decorative += own.decorative;
    return;
  }
  const link = inLink || node.type === 'link' || node.type === 'linkReference';
  for (const child of node.children) {
    measure(child as Nodes, into, link);
    if (node.type !== 'paragraph' && node.type !== 'heading') into.text += ' ';
  }
}

function blocksOf(tree: Root): Block[] {
  return tree.children.flatMap((node) => {
    if (node.position === undefined || node.type === 'definition') return [];
    const measured: Measured = { text: '', linkText: 0, pictures: 0, decorative: 0 };
    measure(node, measured);
    const text = measured.text.replace(/\s+/g, ' ').trim();
    return [{ node, start: node.position.start.line, end: node.position.end.line, ...measured, text }];
  });
}

const linkDensity = (block: Block) =>
  block.text.length === 0 ? 0 : block.linkText / block.text.replace(/\s/g, '').length;

// A sentence's end, in the scripts the importer reads.
const SENTENCE_END = /[.!?。！？…؟]["'”’»)]*$/u;

/** A paragraph of the story: long, or a sentence of a few words; mostly not links, not a label. */
function isProse(block: Block): boolean {
  const type = block.node.type;
  if ((type !== 'paragraph' && type !== 'blockquote') || linkDensity(block) >= 0.5) return false;
  if (isChromeLabel(block.text)) return false;
  if (block.text.length >= PROSE_CHARS) return true;
  return (
    SENTENCE_END.test(block.text) && (block.text.split(' ').length >= 6 || /[。！？]$/u.test(block.text))
  );
}

/** A list whose items are all (nearly) nothing but links: a menu or a teaser list. */
function isLinkList(block: Block): boolean {
  if (block.node.type !== 'list') return false;
  return block.node.children.length >= 2 && linkDensity(block) >= 0.8;
}

function isLinks(block: Block): boolean {
  return block.text !== '' && linkDensity(block) >= 0.8 && block.node.type !== 'code';
}

/** Nothing but pictures that decorate (linked or without alt text). */
function isPictureOnly(block: Block): boolean {
  return (
    block.decorative > 0 &&
    block.decorative === block.pictures &&
    block.text.replace(/[\s\p{P}]/gu, '') === ''
  );
}

/** What the words of a headline compare as. */
const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// What a page's `<title>` adds after the headline: the site's name, not the rest of a sentence
// (a subheading that starts like the headline is not it).
const SITE_NAME_WORDS = 5;

/**
 * The block that prints the headline again in a copy of the whole page, when it stands below
 * other blocks: everything above it is the page's masthead and menus.
 */
function headlineIndex(blocks: Block[], title: string | undefined): number {
  const wanted = title === undefined ? '' : comparable(title);
  if (wanted.length < 10) return -1;
  // The page's `<title>` may add the site's name after the headline.
  return blocks.findIndex((block, index) => {
    const text = comparable(block.text);
    return (
      index > 0 &&
      block.text.length < 300 &&
      (text === wanted ||
        (text.split(' ').length >= 4 &&
          wanted.startsWith(`${text} `) &&
          wanted.slice(text.length).trim().split(' ').length <= SITE_NAME_WORDS))
    );
  });
}

// How many blocks a link broken by its blocks may hold before its tail.
const BROKEN_LINK_BLOCKS = 6;
// Short blocks after the story's last paragraph that make a footer, not a sign-off.
const TAIL_BLOCKS = 4;
const FOOTER_CHARS = 200;

// A break in the story: this many blocks that are not prose, this many of them chrome.
const GAP_BLOCKS = 5;
const GAP_CHROME = 3;
// A stretch of the page continues the story when this share of its blocks is paragraphs; comments
// (avatar, name, time, text, votes) and teasers (picture, link, text, time) are mostly other things.
const DENSE = 0.55;
const NEUTRAL_WEIGHT = 0.5;
// Paragraphs a story has at least.
const MIN_STORY = 3;

const isChromeLike = (block: Block) =>
  isLinks(block) || isLinkList(block) || isPictureOnly(block) || isChromeLabel(block.text);

/**
 * In a copy of a whole page, what lies beyond a break of chrome (./GAP_BLOCKS) before or after
 * the story, where the page is no longer mostly prose: comments, teasers, another story's start.
 * The story is the stretch between breaks that holds its first paragraph (`first`, under the
 * printed headline when `anchored`), else the one richest in prose; it extends over a break into
 * a stretch that is mostly prose. Short blocks of the story's own beside a break (a sign-off, a
 * caption) stay: the cut starts at the break's first chrome.
 */
function markOutsideStory(
  blocks: Block[],
  kinds: (ChromeKind | undefined)[],
  first: number,
  anchored: boolean,
): void {
  const chrome = blocks.map((block, index) => kinds[index] !== undefined || isChromeLike(block));
  // Stretches of the page between breaks, each from its first to its last paragraph.
  const stretches: { from: number; to: number; prose: number; chars: number; other: number }[] = [];
  let gap: number[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block === undefined) continue;
    if (!isProse(block)) {
      gap.push(index);
      continue;
    }
    const inGap = gap.reduce(
      (sum, i) => sum + (chrome[i] ? 1 : blocks[i]?.node.type === 'heading' ? 0 : NEUTRAL_WEIGHT),
      0,
    );
    const last = stretches.at(-1);
    if (
      last === undefined ||
      (gap.length >= GAP_BLOCKS && gap.filter((i) => chrome[i]).length >= GAP_CHROME)
    ) {
      stretches.push({ from: index, to: index, prose: 1, chars: block.text.length, other: 0 });
    } else {
      last.to = index;
      last.prose++;
      last.chars += block.text.length;
      last.other += inGap;
    }
    gap = [];
  }
  if (stretches.length < 2) return;
  // Of the blocks of a stretch, the share of paragraphs, chrome counting in full and other short
  // blocks by half (headings not at all: a story has subheadings and captions).
  const density = (s: { prose: number; other: number } | undefined) =>
    s === undefined ? 0 : s.prose / (s.prose + s.other);
  let at = anchored
    ? stretches.findIndex((s) => s.from <= first && first <= s.to)
    : stretches.reduce((best, s, i, all) => {
        const b = all[best];
        return b === undefined || s.chars * density(s) > b.chars * density(b) ? i : best;
      }, 0);
  if (at < 0) return;
  let last = at;
  // A dek or a lede alone is not yet the story: the stretch after it is taken whatever it holds.
  const kept = () => stretches.slice(at, last + 1).reduce((sum, s) => sum + s.prose, 0);
  while (last + 1 < stretches.length && (kept() < MIN_STORY || density(stretches[last + 1]) >= DENSE)) last++;
  if (!anchored) while (at > 0 && density(stretches[at - 1]) >= DENSE) at--;
  const from = stretches[at]?.from ?? 0;
  const to = stretches[last]?.to ?? blocks.length - 1;
  // The cut begins at the break's first chrome (and above, ends at its last).
  let after = to + 1;
  while (after < blocks.length && !chrome[after]) after++;
  if (last + 1 < stretches.length) for (let i = after; i < blocks.length; i++) kinds[i] ??= 'tail';
  let before = from - 1;
  while (before >= 0 && !chrome[before]) before--;
  if (at > 0) for (let i = 0; i <= before; i++) kinds[i] ??= 'above';
}

/**
 * In a copy of a whole page, the lists of comments and teasers (./record-list.ts): a list whose
 * items are records wherever it stands, and from a run of records or the comments' label
 * (./comments-label.ts) under the story, the rest of the page, from the first record's lead (its
 * headline, its name) or the label on.
 */
function markRecords(blocks: Block[], kinds: (ChromeKind | undefined)[], first: number): void {
  const records = blocks.map((block) => holdsRecordList(block.node));
  for (const [index, list] of records.entries()) if (list) kinds[index] ??= 'records';
  const start = recordsStart(
    blocks.map((block, index) => ({
      text: block.text,
      prose: isProse(block),
      records: records[index] ?? false,
      // A link to the comments (`12 comments`) stands anywhere; their heading stands above them.
      opensComments: isCommentsLabel(block.text) && linkDensity(block) < 0.8,
    })),
    first,
  );
  if (start === undefined) return;
  for (let index = start; index < blocks.length; index++) kinds[index] ??= 'records';
}

// The extractor's judgement is taken when its article holds this share of the story's prose as
// judged line by line: where the two disagree more, the extractor took another part of the page
// (a footer, a comment, a teaser list), as it does on short stories.
const AGREEMENT = 0.8;

/**
 * In a copy of a whole page, the blocks left in the story that the saved-page extractor, run on the
 * rendered copy (./rendered-story.ts), leaves out too: the promos, bios, share lines and teasers a
 * page prints between and right after the story's paragraphs.
 */
function trimToRenderedStory(
  markdown: string,
  title: string | undefined,
  blocks: Block[],
  kinds: (ChromeKind | undefined)[],
): void {
  // A copy where nothing is chrome line by line is a clean copy: it stays as written.
  if (kinds.every((kind) => kind === undefined)) return;
  const story = renderedStory(markdown, title);
  if (story === undefined) return;
  const prose = blocks.flatMap((block, i) => (kinds[i] === undefined && isProse(block) ? [i] : []));
  const chars = (indexes: number[]) => indexes.reduce((sum, i) => sum + (blocks[i]?.text.length ?? 0), 0);
  const total = chars(prose);
  if (total === 0 || chars(prose.filter((i) => story[i])) < total * AGREEMENT) return;
  // Headings go only with their sections (below), as extractors drop a story's subheadings too.
  for (let i = 0; i < blocks.length; i++)
    if (story[i] === false && blocks[i]?.node.type !== 'heading') kinds[i] ??= 'extracted';
}

/**
 * The chrome blocks of a Markdown body, in order. `title`, the article's headline, finds where the
 * story starts in a copy of the whole page; `underHeadline` says the body starts right under the
 * printed headline, so its first paragraph is the story's. `extract` (for copies of whole pages, not
 * bodies the importer converted from a saved page) also asks the saved-page extractor
 * (./rendered-story.ts).
 */
export function findChrome(
  markdown: string,
  title?: string,
  underHeadline = false,
  extract = false,
): ChromeBlock[] {
  const blocks = blocksOf(parser.parse(markdown));
  const prose = blocks.flatMap((block, index) => (isProse(block) ? [index] : []));
  const proseChars = (from: number, to: number) =>
    prose.filter((i) => i >= from && i < to).reduce((sum, i) => sum + (blocks[i]?.text.length ?? 0), 0);
  // The headline printed again starts the story only when the story's prose is below it.
  const found = headlineIndex(blocks, title);
  const headline = found > 0 && proseChars(0, found) * 5 < proseChars(found, blocks.length) ? found : -1;
  const first = prose.find((index) => index > headline) ?? blocks.length;
  const last = prose.at(-1) ?? -1;
  // A footer: from the first chrome-like block after the story, a run of short blocks; or all
  // the short lines above the page's legal line (a page saved as text has no links to show).
  // A page's footer holds no code and no table: those are the story's own.
  const short = (block: Block) =>
    block.node.type !== 'code' &&
    block.node.type !== 'table' &&
    (block.text.length < FOOTER_CHARS || isLinks(block));
  const legal = last < 0 ? -1 : blocks.findIndex((block, index) => index > last && isLegalLine(block.text));
  const footerStart =
    legal > last && blocks.slice(last + 1, legal).every(short)
      ? last + 1
      : blocks.findIndex(
          (block, index) =>
            index > last && last >= 0 && (isLinks(block) || isLinkList(block) || isChromeLabel(block.text)),
        );
  const footer =
    footerStart >= 0 && blocks.length - footerStart >= TAIL_BLOCKS && blocks.slice(footerStart).every(short);
  const kinds: (ChromeKind | undefined)[] = blocks.map((block, index) => {
    if (index <= headline && first < blocks.length) return 'above';
    const outside = index < first || index > last;
    if (BROKEN_LINK_TAIL.test(block.text)) return 'links';
    if (block.node.type === 'code' || block.node.type === 'table') return undefined;
    if ((isChromeLabel(block.text) || isPromoLine(block.text)) && block.pictures === 0) return 'label';
    if (isLinkList(block) && (outside || (block.node.type === 'list' && block.node.children.length >= 3)))
      return 'links';
    if (outside && isLinks(block)) return 'links';
    if (outside && isPictureOnly(block)) return 'picture';
    if (footer && index >= footerStart) return 'tail';
    return undefined;
  });
  if (extract) markRecords(blocks, kinds, first);
  markOutsideStory(blocks, kinds, first, underHeadline || headline >= 0);
  if (extract) trimToRenderedStory(markdown, title, blocks, kinds);
  // The blocks of a link broken by them go with its tail, back to the one that opens it (`[`).
  const lines = markdown.split('\n');
  for (let index = 1; index < blocks.length; index++) {
    if (!BROKEN_LINK_TAIL.test(blocks[index]?.text ?? '')) continue;
    for (let back = index - 1; back >= Math.max(0, index - BROKEN_LINK_BLOCKS); back--) {
      const block = blocks[back];
      if (block === undefined || isProse(block)) break;
      kinds[back] ??= 'links';
      if (lines[block.start - 1]?.trimStart().startsWith('[')) break;
    }
  }
  // A heading or label whose section holds nothing but chrome goes with it.
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index];
    if (block === undefined || kinds[index] !== undefined) continue;
    const heading = block.node.type === 'heading';
    if (!heading) continue;
    let next = index + 1;
    let removed = 0;
    for (; next < blocks.length && blocks[next]?.node.type !== 'heading'; next++) {
      if (kinds[next] === undefined) break;
      removed++;
    }
    const sectionEnds = next >= blocks.length || blocks[next]?.node.type === 'heading';
    if (removed > 0 && sectionEnds) kinds[index] = 'section';
  }
  // What follows a teaser label (`Read next`) up to the next prose is its list.
  for (let index = 0; index < blocks.length; index++) {
    if (kinds[index] !== 'label') continue;
    for (let next = index + 1; next < blocks.length; next++) {
      const block = blocks[next];
      if (block === undefined || isProse(block) || block.node.type === 'heading') break;
      if (!(isLinks(block) || isPictureOnly(block) || isLinkList(block))) break;
      kinds[next] ??= 'links';
    }
  }
  return blocks.flatMap((block, index) => {
    const kind = kinds[index];
    if (kind === undefined) return [];
    const text = block.text.length > 60 ? `${block.text.slice(0, 57)}...` : block.text || '(picture)';
    return [{ kind, start: block.start, end: block.end, text }];
  });
}

/** The first line (1-based) of the story's first paragraph in `markdown`, if it has one. */
export function firstProseLine(markdown: string): number | undefined {
  return blocksOf(parser.parse(markdown)).find(isProse)?.start;
}

const KIND_NAMES: Record<ChromeKind, string> = {
  above: 'the page above the headline',
  tail: 'the page below the story',
  label: 'chrome labels',
  links: 'menus and link lists',
  picture: 'pictures outside the story',
  section: 'headings of chrome sections',
  records: 'comments and teaser lists',
  extracted: 'blocks outside the article the extractor found',
};

function lineSpan(block: ChromeBlock, offset: number): string {
  const start = block.start + offset;
  const end = block.end + offset;
  return start === end ? String(start) : `${start}-${end}`;
}

/**
 * One warning per kind of chrome left out, every block named once: its lines in the input
 * (`offset` lines above the body) when they mean something to the reader of the warning.
 */
export function describeChrome(blocks: ChromeBlock[], offset?: number): string[] {
  const kinds = [...new Set(blocks.map((block) => block.kind))];
  return kinds.map((kind) => {
    const ofKind = blocks.filter((block) => block.kind === kind);
    const texts = new Map<string, string[]>();
    for (const block of ofKind) {
      const spans = texts.get(block.text) ?? [];
      if (offset !== undefined) spans.push(lineSpan(block, offset));
      texts.set(block.text, spans);
    }
    const listed = [...texts].map(([text, spans]) =>
      spans.length === 0
        ? `"${text}"`
        : `"${text}" (line${spans.length > 1 || spans[0]?.includes('-') ? 's' : ''} ${spans.join(', ')})`,
    );
    return `left out as page chrome, ${KIND_NAMES[kind]} (${ofKind.length}): ${listed.join(', ')}`;
  });
}
