/**
 * Joins emphasis that pages split into neighbours (`<b>a</b> <b><i>b</i></b><b>-c</b>`): written
 * as Markdown one by one, they make delimiter runs such as `**a** **_b_****-c**` that CommonMark
 * reads as literal asterisks. One element per run renders as the page did.
 */
const KIND: Record<string, string> = { STRONG: 'strong', B: 'strong', EM: 'em', I: 'em' };

function kindOf(node: Node | null): string | undefined {
  return node?.nodeType === 1 ? KIND[node.nodeName.toUpperCase()] : undefined;
}

/** The next sibling of the same kind, across nothing but whitespace; with that whitespace. */
function nextOfKind(element: Element, kind: string): { between: Node[]; next: Element } | undefined {
  const between: Node[] = [];
  for (let node = element.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim() === '') {
      between.push(node);
      continue;
    }
    return kindOf(node) === kind ? { between, next: node as Element } : undefined;
  }
  return undefined;
}

/** Merges runs of adjacent `<strong>`/`<b>` and of `<em>`/`<i>` elements under `root`. */
export function mergeAdjacentEmphasis(root: Element): void {
  for (const element of [...root.querySelectorAll('strong, b, em, i')]) {
    const kind = kindOf(element);
    if (kind === undefined || !element.parentNode) continue;
    for (let found = nextOfKind(element, kind); found; found = nextOfKind(element, kind)) {
      for (const node of found.between) element.appendChild(node);
      while (found.next.firstChild) element.appendChild(found.next.firstChild);
      found.next.remove();
    }
  }
}
