/**
 * Outlets we know by their host, so imported articles name their publisher without a flag.
 * Keep it small: an unknown host simply leaves `publisher` out (or pass `--publisher`).
 */
const PUBLISHERS: Readonly<Record<string, string>> = {
  'themoscowtimes.com': 'The Moscow Times',
  'meduza.io': 'Meduza',
  'novayagazeta.eu': 'Novaya Gazeta Europe',
  'kyivindependent.com': 'The Kyiv Independent',
  'reuters.com': 'Reuters',
  'apnews.com': 'The Associated Press',
  'afp.com': 'AFP',
  'bbc.com': 'BBC',
  'bbc.co.uk': 'BBC',
  'theguardian.com': 'The Guardian',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'aljazeera.com': 'Al Jazeera',
  'aljazeera.net': 'Al Jazeera',
  'dw.com': 'Deutsche Welle',
  'france24.com': 'France 24',
  'nhk.or.jp': 'NHK',
  'japantimes.co.jp': 'The Japan Times',
  'koreaherald.com': 'The Korea Herald',
  'nknews.org': 'NK News',
  'yna.co.kr': 'Yonhap News Agency',
};

/** The publisher of an article at `url`, looked up by host and its parent domains. */
export function publisherForUrl(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const labels = new URL(url).hostname.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const name = PUBLISHERS[labels.slice(i).join('.')];
    if (name !== undefined) return name;
  }
  return undefined;
}
