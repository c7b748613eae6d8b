/**
 * A saved page's publisher as readers know the outlet: of the names the page gives its site
 * (`og:site_name`, `application-name`, the JSON-LD publisher), the part that names the host
 * (`Aktuálně.cz` of `Aktuálně.cz - Víte, co se právě děje`, `The Jerusalem Post` of
 * `The Jerusalem Post | JPost.com`), else the first name's first part; a company's legal form
 * (`S.L.`, `Inc.`, `GmbH`) is not part of the outlet's name.
 */
import { isSiteName, siteKeys } from '../site-name';

const SEPARATOR = /\s+(?:\||-|–|—|·|•|::|:)\s+/;
const LEGAL_FORM =
  /,?\s+(?:S\.?\s?L\.?|S\.?\s?A\.?|S\.?A\.?S\.?|S\.?p\.?A\.?|Inc\.?|Ltd\.?|L\.?L\.?C\.?|GmbH(?:\s?&\s?Co\.?\s?KG)?|AG|plc|PLC|Corp\.?|Corporation|Limited|Co\.?|B\.?V\.?|N\.?V\.?|Oy|AB|ASA|SARL|KG)$/;

// An outlet's name is a few capitalised words (`The Jerusalem Post`), a tagline is a phrase.
const MAX_NAME_WORDS = 5;

function titled(part: string): boolean {
  const words = part.split(/\s+/);
  return words.length <= MAX_NAME_WORDS && words.every((word) => word.length < 4 || /^\p{Lu}/u.test(word));
}

function outletName(part: string): string {
  return part.replace(LEGAL_FORM, '').trim();
}

/** The publisher among `names` (the page's names for its site, most specific first) for `source`. */
export function choosePublisher(names: readonly string[], source: string | undefined): string | undefined {
  const host = siteKeys([], source);
  const parts = names.map((name) =>
    name
      .split(SEPARATOR)
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
  // A domain (`JPost.com`) names the host, but the outlet's name beside it says it better.
  const domain = (part: string) => /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(part);
  for (const list of parts) {
    const named = list.find((part) => host.length > 0 && isSiteName(part, host));
    if (named === undefined) continue;
    const plain = domain(named) ? list.find((part) => !domain(part) && titled(part)) : undefined;
    return outletName(plain ?? named);
  }
  const first = parts.find((list) => list.length > 0)?.[0];
  return first === undefined ? undefined : outletName(first);
}
