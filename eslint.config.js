import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Safe rendering. Every string from the data or the page is shown as text, never parsed as
 * HTML: these sinks are errors everywhere except in the reviewed allowlist below.
 */
const HTML_SINK =
  'parses a string as HTML; build nodes (createElement, textContent, JSX) instead — see the allowlist in eslint.config.js';
const HTML_SINK_PROPERTIES = [
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'setHTMLUnsafe',
  'createContextualFragment',
  'srcdoc',
];
const noHtmlSinks = [
  ...HTML_SINK_PROPERTIES.map((property) => ({ property, message: HTML_SINK })),
  { object: 'document', property: 'write', message: HTML_SINK },
  { object: 'document', property: 'writeln', message: HTML_SINK },
];
const NO_PAGE_COMMANDS =
  'the extension takes no commands from web pages: no window "message" listeners';
const noUnsafeSyntax = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: HTML_SINK },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: HTML_SINK },
  {
    selector:
      'MemberExpression[property.name=/^write(ln)?$/][object.property.name=/^(contentDocument|ownerDocument)$/]',
    message: HTML_SINK,
  },
  {
    selector:
      "CallExpression[callee.property.name='addEventListener'][arguments.0.value='message']",
    message: NO_PAGE_COMMANDS,
  },
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name='onmessage']",
    message: NO_PAGE_COMMANDS,
  },
];
/**
 * Code that runs in web pages (the content script: `utils/content/`, `entrypoints/content/`)
 * never writes to extension storage.
 */
const noStorageWrites = [
  {
    selector:
      'CallExpression[callee.property.name=/^(setValue|setValues|setItem|setItems|setMeta|removeValue|removeItem|removeItems|removeMeta)$/]',
    message:
      'code under utils/content/ and entrypoints/content/ runs in web pages and only reads extension storage: page data never goes into it',
  },
  {
    selector: "MemberExpression[object.name=/^(browser|chrome)$/][property.name='storage']",
    message:
      'code under utils/content/ and entrypoints/content/ reads storage only through the items in utils/platform/storage.ts',
  },
];

/**
 * The reviewed allowlist of HTML sinks, each with its reason. Nothing shipped is on it.
 * - tests/**: tests build fixture documents from HTML strings (happy-dom, page.evaluate) and
 *   run code in pages; none of it is part of the extension.
 * - tests/fixtures/pages/**: the hostile pages' own scripts, which play the web page.
 */
const HTML_SINK_ALLOWLIST = ['tests/**'];

/**
 * The content script, stated by folder (README, "How it works"): everything under
 * `entrypoints/content/` and `utils/content/` runs inside every web page, so a file is held to
 * the content script's rules by where it lives.
 */
const CONTENT_SCRIPT = ['entrypoints/content/**', 'utils/content/**'];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'docs/', 'bench/results.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', ...noHtmlSinks],
      'no-restricted-syntax': ['error', ...noUnsafeSyntax],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
    },
  },
  {
    files: CONTENT_SCRIPT,
    rules: { 'no-restricted-syntax': ['error', ...noUnsafeSyntax, ...noStorageWrites] },
  },
  {
    files: HTML_SINK_ALLOWLIST,
    rules: {
      'no-restricted-properties': 'off',
      'no-restricted-syntax': 'off',
      'no-new-func': 'off',
      'no-script-url': 'off',
    },
  },
);
