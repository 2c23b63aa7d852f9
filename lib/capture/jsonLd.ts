import { asList, isObject, type JsonObject, parseJson } from './json';

/** Every top-level JSON-LD node of the page, `@graph` members included. */
export function readJsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    for (const item of asList(parseJson(script.textContent ?? ''))) {
      if (!isObject(item)) continue;
      const graph = asList(item['@graph']).filter(isObject);
      nodes.push(...(graph.length > 0 ? graph : [item]));
    }
  }
  return nodes;
}

/** True when a node's `@type` is (or includes) `type`. */
export function hasType(node: JsonObject, type: string): boolean {
  return asList(node['@type']).includes(type);
}
