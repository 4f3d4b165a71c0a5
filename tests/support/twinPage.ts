import type { Edit, NodeSpec } from './pageModel';

const SKIPPED = 'code, textarea, [contenteditable]:not([contenteditable="false"])';

/**
 * A page and its own model of itself. The page is built in the document (where Dramatis
 * highlights it); its twin, a detached copy, gets the same edits but never a highlight, so it
 * is what the page's code wrote. Edits go through the references the page holds, as a
 * framework's do: `node.data = …`, `parent.removeChild(node)`, `parent.insertBefore(…)`.
 */
export class TwinPage {
  readonly root = document.createElement('main');
  readonly twin = document.createElement('main');
  private readonly realOf = new Map<Node, Node>([[this.twin, this.root]]);
  private readonly held: Node[] = [];

  constructor(specs: readonly NodeSpec[]) {
    for (const spec of specs) this.append(this.twin, spec, null);
    document.body.append(this.root);
  }

  /** Applies one edit to the page and to its twin. */
  apply(edit: Edit): void {
    const pick = <T extends Node>(list: T[], i: number): T | undefined => list[i % list.length];
    const texts = this.held.filter((n): n is Text => n.nodeType === Node.TEXT_NODE);
    const live = [this.twin, ...this.twin.querySelectorAll('*')];
    const elements = this.held.filter((n): n is Element => n instanceof Element);
    if (edit.kind === 'text') {
      const node = pick(texts, edit.node);
      if (node) this.both(node, (n) => ((n as Text).data = edit.text));
    } else if (edit.kind === 'remove') {
      const node = pick(
        this.held.filter((n) => n.parentNode),
        edit.node,
      );
      if (node) this.removeChild(node.parentNode!, node);
    } else if (edit.kind === 'insert') {
      const parent = pick(live, edit.parent)!;
      this.append(parent, edit.spec, pick([...parent.childNodes], edit.before) ?? null);
    } else if (edit.kind === 'move') {
      const node = pick(this.held, edit.node);
      const parent = pick(live, edit.parent)!;
      if (!node || node.contains(parent)) return;
      const before = pick([...parent.childNodes], edit.before) ?? null;
      this.insertBefore(parent, node, before === node ? null : before);
    } else if (edit.kind === 'attribute') {
      const el = pick(elements, edit.node);
      if (el) this.both(el, (n) => (n as Element).setAttribute(edit.name, edit.value));
    } else {
      const el = pick(elements, edit.node);
      if (!el) return;
      this.both(el, (n) => (n.textContent = edit.text));
      if (el.firstChild) this.hold(el.firstChild, this.real(el).firstChild!);
    }
  }

  /** The first element whose text on the page differs from what the page wrote, if any. */
  textMismatch(): string | undefined {
    for (const el of [this.twin, ...this.twin.querySelectorAll('*')]) {
      const shown = this.real(el).textContent;
      if (shown !== el.textContent) return `${el.localName}: ${shown} ≠ ${el.textContent}`;
    }
    return undefined;
  }

  /** Marks inside marks or inside code, form fields and editable regions. */
  misplacedMarks(): Element[] {
    return [
      ...this.root.querySelectorAll(`dramatis-mark dramatis-mark`),
      ...[...this.root.querySelectorAll(SKIPPED)].flatMap((el) => [
        ...el.querySelectorAll('dramatis-mark'),
      ]),
    ];
  }

  /** Whether the page's DOM is its twin exactly: the same nodes, in the same places, same text. */
  isExactlyTwin(twin: Node = this.twin): boolean {
    const real = this.real(twin);
    if (real.childNodes.length !== twin.childNodes.length) return false;
    if (twin instanceof Text && (real as Text).data !== twin.data) return false;
    if (twin instanceof Element && !sameAttributes(real as Element, twin)) return false;
    return [...twin.childNodes].every(
      (child, i) => real.childNodes[i] === this.real(child) && this.isExactlyTwin(child),
    );
  }

  private real(twin: Node): Node {
    return this.realOf.get(twin)!;
  }

  private append(parent: Node, spec: NodeSpec, before: Node | null): void {
    this.insertBefore(parent, this.build(spec), before);
  }

  private build(spec: NodeSpec): Node {
    if (typeof spec === 'string')
      return this.hold(document.createTextNode(spec), document.createTextNode(spec));
    const twin = this.hold(document.createElement(spec.tag), document.createElement(spec.tag));
    if (spec.editable) this.both(twin, (n) => (n as Element).setAttribute('contenteditable', ''));
    for (const child of spec.children) this.append(twin, child, null);
    return twin;
  }

  private hold<T extends Node>(twin: T, real: Node): T {
    this.realOf.set(twin, real);
    this.held.push(twin);
    return twin;
  }

  private both(twin: Node, edit: (node: Node) => void): void {
    edit(twin);
    edit(this.real(twin));
  }

  private insertBefore(parent: Node, node: Node, before: Node | null): void {
    this.real(parent).insertBefore(this.real(node), before && this.real(before));
    parent.insertBefore(node, before);
  }

  private removeChild(parent: Node, node: Node): void {
    this.real(parent).removeChild(this.real(node));
    parent.removeChild(node);
  }
}

function sameAttributes(a: Element, b: Element): boolean {
  const names = a.getAttributeNames();
  return (
    names.length === b.getAttributeNames().length &&
    names.every((name) => a.getAttribute(name) === b.getAttribute(name))
  );
}
