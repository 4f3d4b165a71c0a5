/**
 * `name` if the page has not defined it as a custom element of its own, else `name-<random>`,
 * a name the page cannot have guessed. A page that defines `dramatis-mark` or `dramatis-card`
 * first would otherwise run its code in our elements, hide their text behind a shadow root of
 * its own, or make ours impossible to attach (switching Dramatis off). Creating the element is
 * how to ask (content scripts in Chromium have no `customElements`): a defined one is `:defined`
 * at once, and one whose constructor throws is taken too.
 */
export function freeTagName(doc: Document, name: string): string {
  try {
    if (!doc.createElement(name).matches(':defined')) return name;
  } catch {
    // The page's constructor threw: the name is taken.
  }
  const [random] = crypto.getRandomValues(new Uint32Array(1));
  return `${name}-${random!.toString(36)}`;
}
