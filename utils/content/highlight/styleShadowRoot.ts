import marksCss from './marks.css?inline';

let sheet: CSSStyleSheet | undefined;
const styled = new WeakSet<ShadowRoot>();

/**
 * Gives an open shadow root the highlight styles. The extension's stylesheet only reaches the
 * document, not shadow trees, so marks inside a component would otherwise show no colour. A
 * constructed stylesheet is used: a page's CSP (`style-src`) governs `<style>` elements and
 * style attributes, not the CSSOM, so it works under strict CSP too. Each root is styled once.
 */
export function styleShadowRoot(shadow: ShadowRoot): void {
  if (styled.has(shadow)) return;
  styled.add(shadow);
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(marksCss);
    }
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructable stylesheets: marks stay unstyled, the text is unharmed.
  }
}
