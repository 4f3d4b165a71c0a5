import { compileCast } from '../utils/matching/compile';
import { findMentions } from '../utils/matching/findMentions';

/**
 * The lower bound, run inside the bench page: one TreeWalker pass over every text node with
 * Dramatis's own compiled pattern (folding included), counting hits, writing nothing.
 */
function lowerBound(actors: { id: string; names: string[] }[]): {
  ms: number;
  hits: number;
  textNodes: number;
} {
  const cast = compileCast(actors as never);
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let hits = 0;
  let textNodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes++;
    hits += findMentions(cast, (node as Text).data).length;
  }
  return { ms: performance.now() - start, hits, textNodes };
}

Object.assign(globalThis, { dramatisLowerBound: lowerBound });
