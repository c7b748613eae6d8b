/**
 * Languages that trigram statistics barely tell apart on a short or list-like text: Portuguese and
 * Spanish, Indonesian and Malay. franc scores them within a hair of each other and its pick then
 * flips on a table or a few names (a Portuguese results page read as Spanish, Indonesian prose read
 * as Malay). Words and letters only one language of each pair writes settle it: `não`, `em`, `ç`
 * against `el`, `y`, `ñ`; `karena`, `bisa`, `bahwa` against `kerana`, `boleh`, `bahawa`.
 */

// Whole words, whatever the script's letters (`\b` knows only ASCII ones).
const words = (list: string) => new RegExp(`(?<![\\p{L}\\p{M}\\d])(?:${list})(?![\\p{L}\\p{M}\\d])`, 'giu');

interface Marked {
  /** ISO 639-3, as franc names it. */
  code: string;
  markers: RegExp[];
}

const GROUPS: Marked[][] = [
  [
    {
      code: 'por',
      markers: [
        words(
          'não|são|uma|umas|um|com|em|nos|nas|dos|das|ao|aos|às|à|você|vocês|também|muito|muita|pelo|pela|pelos|pelas|isso|esse|essa|foi|é|até|após|já|então|e',
        ),
        /ç[ãõo]|[ãõ]/giu,
      ],
    },
    {
      code: 'spa',
      markers: [
        words(
          'el|los|las|la|del|y|una|unos|unas|un|con|en|es|está|están|pero|muy|su|sus|al|lo|le|les|fue|hay|ya|también|después',
        ),
        /ñ|ci[óo]n(?:es)?(?![\p{L}])/giu,
      ],
    },
  ],
  [
    {
      code: 'ind',
      markers: [
        words(
          'karena|bisa|saja|uang|tersebut|yaitu|bahwa|kalau|tapi|nggak|gak|aja|sih|dong|kok|pemerintah|polisi|coba|senin|agustus',
        ),
      ],
    },
    {
      code: 'zlm',
      markers: [words('kerana|sahaja|boleh|wang|iaitu|bahawa|kerajaan|polis|mahu|baharu|cuba|isnin|ogos')],
    },
  ],
];

// Only languages franc scores this close to its best are weighed against it.
const CLOSE = 0.98;
// The words must be clear: a few of them at least, and more than twice the other's.
const MIN_MARKERS = 3;
const LEAD = 2;

function count(text: string, language: Marked): number {
  return language.markers.reduce((sum, marker) => sum + (text.match(marker)?.length ?? 0), 0);
}

/**
 * The language to take among franc's `scores` (best first, ISO 639-3 with scores relative to the
 * best): the best, unless a language close to it in its pair writes clearly more of its own words
 * in `text`.
 */
export function settleCloseLanguages(scores: readonly (readonly [string, number])[], text: string): string {
  const [best, top] = scores[0] ?? ['und', 0];
  const group = GROUPS.find((members) => members.some((member) => member.code === best));
  if (group === undefined) return best;
  const close = group.filter((member) =>
    scores.some(([code, score]) => code === member.code && score >= top * CLOSE),
  );
  if (close.length < 2) return best;
  const counted = close.map((member) => ({ code: member.code, n: count(text, member) }));
  counted.sort((a, b) => b.n - a.n);
  const [first, second] = counted;
  if (first === undefined || second === undefined) return best;
  return first.n >= MIN_MARKERS && first.n > LEAD * second.n ? first.code : best;
}
