/**
 * Renders an Astro component with the container API and returns the document a reader's browser
 * would build from it, so tests can ask what is shown rather than match markup strings.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: Promise<AstroContainer> | undefined;

export async function render(component: Component, props: Record<string, unknown> = {}): Promise<Document> {
  container ??= AstroContainer.create();
  const html = await (await container).renderToString(component, { props });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

/** Text as a reader sees it: whitespace collapsed, trimmed. */
export function visibleText(node: Element | Document | null | undefined): string {
  const root = node && 'body' in node ? node.body : node;
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
