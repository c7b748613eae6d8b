/**
 * The refusal of an input that lacks what every article needs (its original address, its
 * publication date): what was missing, what was seen instead and where, so that the person
 * importing can finish with `--source` / `--published` instead of reaching a dead end.
 */
import { ImportError, type Sighting } from './draft';

export type Missing = 'source' | 'published';

export interface Found {
  headline: string;
  headlineFrom?: string;
  dates: Sighting[];
  addresses: Sighting[];
}

const WHY: Record<Missing, string> = {
  source: 'source: the copy states no original address',
  published: 'published: the copy prints no publication date, and its address has no day in it',
};

// Sightings listed at most; more would bury the message.
const MAX_LISTED = 5;

function listed(kind: string, sightings: Sighting[]): string[] {
  if (sightings.length === 0) return [`seen ${kind}: none`];
  return sightings
    .slice(0, MAX_LISTED)
    .map(
      ({ value, iso, where }) =>
        `seen ${kind}: "${value}"${iso && iso !== value ? ` (${iso})` : ''}, ${where}`,
    );
}

/** An input refused for a missing source or date; `found` says what it did hold. */
export class MissingFieldsError extends ImportError {
  override name = 'MissingFieldsError';

  constructor(
    readonly missing: Missing[],
    readonly found: Found,
  ) {
    const lines = [
      ...missing.map((field) => WHY[field]),
      `seen headline: "${found.headline}"${found.headlineFrom ? `, ${found.headlineFrom}` : ''}`,
      ...(missing.includes('published') ? listed('date', found.dates) : []),
      ...(missing.includes('source') ? listed('address', found.addresses) : []),
    ];
    super(lines.join('\n'));
  }

  /** The options that would finish the import, with the best value seen or a placeholder. */
  finishingOptions(): string[] {
    const options: string[] = [];
    if (this.missing.includes('source')) {
      options.push('--source', this.found.addresses[0]?.value ?? 'https://…');
    }
    if (this.missing.includes('published')) {
      options.push('--published', this.found.dates.find((date) => date.iso)?.iso ?? 'YYYY-MM-DD');
    }
    return options;
  }
}
