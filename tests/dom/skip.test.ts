import { beforeEach, describe, expect, it } from 'vitest';
import { isInsideSkipped } from '../../utils/content/highlight/skip';

beforeEach(() => {
  document.body.innerHTML = '';
  document.designMode = 'off';
});

describe('isInsideSkipped', () => {
  it('tells text inside code, form fields, editable regions and our UI from article text', () => {
    document.body.innerHTML = `
      <p id="plain"><b>Putin</b></p>
      <pre><code><span id="code">Putin</span></code></pre>
      <div contenteditable="true"><p id="editable">Putin</p></div>
      <div contenteditable=""><p id="editable-empty">Putin</p></div>
      <div contenteditable="false"><p id="not-editable">Putin</p></div>
      <dramatis-card><p id="ours">Putin</p></dramatis-card>`;
    const inside = (id: string) => isInsideSkipped(document.getElementById(id)!.firstChild!);
    expect(inside('plain')).toBe(false);
    expect(inside('code')).toBe(true);
    expect(inside('editable')).toBe(true);
    expect(inside('editable-empty')).toBe(true);
    expect(inside('not-editable')).toBe(false);
    expect(inside('ours')).toBe(true);
  });

  it('looks through a shadow root to its host', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><span id="host"></span></div><p id="open"></p>';
    for (const id of ['host', 'open']) {
      const shadow = document.getElementById(id)!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<p>Putin</p>';
    }
    const text = (id: string) =>
      document.getElementById(id)!.shadowRoot!.querySelector('p')!.firstChild!;
    expect(isInsideSkipped(text('host'))).toBe(true);
    expect(isInsideSkipped(text('open'))).toBe(false);
  });

  it('counts the whole document as skipped in design mode', () => {
    document.body.innerHTML = '<p id="p">Putin</p>';
    document.designMode = 'on';
    expect(isInsideSkipped(document.getElementById('p')!.firstChild!)).toBe(true);
  });
});
