import fc from 'fast-check';

/** A random page: a text node, or an element with an optional attribute and children. */
export type NodeSpec = string | { tag: string; editable: boolean; children: NodeSpec[] };

/** An edit the page makes through the references it holds (indices pick among its nodes). */
export type Edit =
  | { kind: 'text'; node: number; text: string }
  | { kind: 'remove'; node: number }
  | { kind: 'insert'; parent: number; before: number; spec: NodeSpec }
  | { kind: 'move'; node: number; parent: number; before: number }
  | { kind: 'attribute'; node: number; name: string; value: string }
  | { kind: 'replaceText'; node: number; text: string };

const WORDS = [
  'Putin', 'Wladimir ', 'Vladimir Putin', 'Trump', ' und ', 'Merz', 'demKremlDer', 'Kreml',
  'Lawrow', 'Erdoğan', 'Зеленський', 'Trumpet', 'Putins', ' ', '', '.', 'x', '\n', 'GRU',
]; // prettier-ignore
const TAGS = ['p', 'div', 'span', 'b', 'a', 'em', 'li', 'section', 'code', 'textarea'];

/** Text made of actor names, pieces of names, near misses and punctuation. */
export const textArb = fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => w.join(''));

/** A random subtree: at most four levels, at most four children per element. */
export const nodeArb: fc.Arbitrary<NodeSpec> = fc.letrec<{ node: NodeSpec; element: NodeSpec }>(
  (tie) => ({
    node: fc.oneof({ depthSize: 'small', maxDepth: 4 }, textArb, tie('element')),
    element: fc.record({
      tag: fc.constantFrom(...TAGS),
      editable: fc.constantFrom(false, false, false, false, true),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  }),
).node;

const index = fc.nat({ max: 1_000 });

/** A random edit by reference, like a framework's. */
export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), node: index, text: textArb }),
  fc.record({ kind: fc.constant('remove' as const), node: index }),
  fc.record({ kind: fc.constant('insert' as const), parent: index, before: index, spec: nodeArb }),
  fc.record({ kind: fc.constant('move' as const), node: index, parent: index, before: index }),
  fc.record({
    kind: fc.constant('attribute' as const),
    node: index,
    name: fc.constantFrom('class', 'data-state', 'contenteditable', 'dir', 'title'),
    value: fc.constantFrom('true', 'false', 'rtl', 'Putin', ''),
  }),
  fc.record({ kind: fc.constant('replaceText' as const), node: index, text: textArb }),
);
