import { compileCast } from '../utils/shared/matching/compile';
import { findMentions, type Mention } from '../utils/shared/matching/findMentions';

/** Settles after the browser has rendered the next frame (style, layout, paint). */
function nextFrameRendered(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      setTimeout(() => resolve(performance.now() - start), 0);
    }),
  );
}

function textNodes(root: Node = document.body): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * The lower bound, run inside the bench page: one TreeWalker pass over every text node with
 * Dramatis's own compiled pattern (folding included), counting hits, writing nothing.
 */
function lowerBound(actors: { id: string; names: string[] }[]) {
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

/** Wraps one hit in a bare element: two splits, one element, one attribute. */
function wrapBare(node: Text, mention: Mention): void {
  const hit = node.splitText(mention.start);
  hit.splitText(mention.end - mention.start);
  const mark = document.createElement('dramatis-mark');
  mark.setAttribute('data-dramatis-actor', mention.actorId);
  hit.replaceWith(mark);
  mark.append(hit);
}

/**
 * What any highlighter that inserts elements must at least spend: the lower bound's pass, then
 * every hit wrapped with bare DOM calls in one go (no library, no yielding), then the one
 * frame that renders them. Changes the page: run it on a fresh one.
 */
async function writeFloor(actors: { id: string; names: string[] }[]) {
  const cast = compileCast(actors as never);
  await nextFrameRendered();
  const start = performance.now();
  let marks = 0;
  for (const node of textNodes()) {
    const mentions = findMentions(cast, node.data);
    for (const mention of mentions.reverse()) wrapBare(node, mention);
    marks += mentions.length;
  }
  await nextFrameRendered();
  return { ms: performance.now() - start, marks };
}

/**
 * The page's own floor for any DOM write: how long the browser takes to render the frame after
 * one name is wrapped in the middle of the page (style, layout and paint of the whole page).
 */
async function frameFloor(actors: { id: string; names: string[] }[]) {
  const cast = compileCast(actors as never);
  await nextFrameRendered();
  const nodes = textNodes();
  for (let i = Math.floor(nodes.length / 2); i < nodes.length; i++) {
    const [mention] = findMentions(cast, nodes[i]!.data);
    if (!mention) continue;
    wrapBare(nodes[i]!, mention);
    return nextFrameRendered();
  }
  return 0;
}

/**
 * The same floor for the incremental case: `texts` appended as paragraphs, then only they are
 * read and their hits wrapped with bare DOM calls (script time only; rendering them is the
 * page's cost as much as ours).
 */
function appendFloor(actors: { id: string; names: string[] }[], texts: string[]) {
  const cast = compileCast(actors as never);
  const article = document.querySelector('article')!;
  const added = texts.map((text) => {
    const p = article.appendChild(document.createElement('p'));
    p.textContent = text;
    return p;
  });
  const start = performance.now();
  for (const p of added) {
    for (const node of textNodes(p)) {
      for (const mention of findMentions(cast, node.data).reverse()) wrapBare(node, mention);
    }
  }
  return performance.now() - start;
}

Object.assign(globalThis, {
  dramatisAppendFloor: appendFloor,
  dramatisLowerBound: lowerBound,
  dramatisWriteFloor: writeFloor,
  dramatisFrameFloor: frameFloor,
});
