/**
 * A deterministic synthetic archive for the benchmark: ~800-word articles with paragraphs,
 * links, lists, quotes, some raw HTML, some hostile snippets and tags; a share of them with a
 * lead photograph. The same seed always writes the same files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/** A small, fast, seedable PRNG (mulberry32), so archives are identical across runs. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'government minister said officials on tuesday the city council report week state media capital ' +
  'according to a statement president talks agreement economy prices energy border troops election ' +
  'court ruling investigation police reporters analysts expected increase decline percent budget ' +
  'parliament vote opposition leader spokesperson region residents hospital schools water power ' +
  'company shares market quarter growth exports sanctions negotiations ceasefire protest crowd'
).split(' ');
const TAGS = [
  'Politics',
  'Economy',
  'Europe',
  'Asia',
  'Energy',
  'Courts',
  'Health',
  'Climate',
  'Media',
  'Security',
];
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '<iframe src="https://example.com"></iframe>',
  '<a href="#" onclick="alert(1)">placeholder</a>',
  '![remote](https://example.com/tracker.png)',
  '<div style="position:fixed;inset:0">overlay</div>',
];

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'to',
  'vi',
  'ze',
  'po',
  'da',
  'fe',
  'gu',
  'hi',
  'ja',
  'bo',
];

/**
 * The surname of the person article `index` is about: made of syllables, one of its own per
 * article, as news archives are full of names. A search for it must find that article.
 */
export function personName(index: number): string {
  let name = '';
  for (let rest = index + 4096; rest > 0; rest = Math.floor(rest / SYLLABLES.length)) {
    name += SYLLABLES[rest % SYLLABLES.length];
  }
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)] ?? 'news');
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, index: number): string {
  const sentences = Array.from({ length: 3 + Math.floor(next() * 3) }, () =>
    sentence(next, 8 + Math.floor(next() * 12)),
  );
  const kind = next();
  if (kind < 0.08) return sentences.map((s) => `- ${s}`).join('\n');
  if (kind < 0.14) return `> ${sentences.join(' ')}`;
  if (kind < 0.2) return `${sentences.join(' ')} See [the report](https://example.com/report/${index}).`;
  if (kind < 0.24) return `<p class="note">${sentences[0]} <em>${sentences[1] ?? ''}</em></p>`;
  if (kind < 0.27) return `${sentences[0]} ${HOSTILE[index % HOSTILE.length]}`;
  if (kind < 0.3) return `## ${sentence(next, 4).slice(0, -1)}`;
  return sentences.join(' ');
}

/** The Markdown of article `index`; `image` names its lead photo file, if it has one. */
export function articleMarkdown(index: number, seed: number, image?: string): string {
  const next = random(seed * 100_003 + index);
  const day = new Date(Date.UTC(2020, 0, 1) + index * 3_600_000 * 7);
  const name = personName(index);
  const title = `${sentence(next, 6 + Math.floor(next() * 6)).slice(0, -1)}, says ${name}`;
  const tags = [TAGS[index % TAGS.length], TAGS[(index * 7 + 3) % TAGS.length]];
  const body: string[] = [`${name} said on tuesday that ${sentence(next, 12).toLowerCase()}`];
  let words = 0;
  for (let p = 0; words < 800; p++) {
    const text = paragraph(next, index + p);
    words += text.split(/\s+/).length;
    body.push(text);
  }
  const front = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `dek: ${JSON.stringify(sentence(next, 14))}`,
    'byline: Bench Reporter',
    'publisher: The Benchmark Times',
    `source: https://example.com/news/${index}`,
    `published: ${day.toISOString().slice(0, 10)}`,
    `tags: ${JSON.stringify(tags)}`,
    ...(image
      ? ['image:', `  src: ./${image}`, '  alt: A generated photograph', '  credit: Bench Photo']
      : []),
    '---',
    '',
  ];
  return `${front.join('\n')}${body.join('\n\n')}\n`;
}

/** A photo-like JPEG (noise over a gradient), distinct per index. */
async function photo(index: number): Promise<Buffer> {
  const width = 1600;
  const height = 900;
  const next = random(index + 1);
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = Math.floor(next() * 255);
  const hue = (index * 47) % 255;
  const base = await sharp({
    create: { width, height, channels: 3, background: { r: hue, g: 120, b: 255 - hue } },
  })
    .png()
    .toBuffer();
  return sharp(base)
    .composite([{ input: noise, raw: { width, height, channels: 3 }, blend: 'overlay' }])
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** Writes `count` articles into `<root>/articles/`, `imagePercent`% of them with a lead photo. */
export async function writeArchive(
  root: string,
  count: number,
  imagePercent: number,
  seed = 1,
): Promise<void> {
  const articles = join(root, 'articles');
  await mkdir(articles, { recursive: true });
  const everyNth = imagePercent > 0 ? Math.max(1, Math.round(100 / imagePercent)) : 0;
  for (let i = 0; i < count; i++) {
    const slug = `article-${String(i).padStart(5, '0')}`;
    if (everyNth && i % everyNth === 0) {
      await mkdir(join(articles, slug), { recursive: true });
      await writeFile(join(articles, slug, 'photo.jpg'), await photo(i));
      await writeFile(join(articles, slug, 'index.md'), articleMarkdown(i, seed, 'photo.jpg'));
    } else {
      await writeFile(join(articles, `${slug}.md`), articleMarkdown(i, seed));
    }
  }
}
