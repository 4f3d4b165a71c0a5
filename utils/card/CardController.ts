import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { ActorCard } from '../../components/ActorCard';
import { actorView } from '../dataset/actorView';
import type { Dataset } from '../dataset/schema';
import type { DataLang, Translate } from '../i18n';
import { ACTOR_ATTR, CARD_TAG, HIDDEN_ATTR, MARK_SELECTOR } from '../highlight/markup';
import { HoverIntent } from './HoverIntent';

export interface CardControllerOptions {
  ctx: ContentScriptContext;
  dataset: Dataset;
  lang: DataLang;
  t: Translate;
  /** The card's stylesheet, applied inside its shadow root. */
  css: string;
}

const markFrom = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>(MARK_SELECTOR) : null;

/**
 * Opens the hover card for a highlight: on pointer rest or keyboard focus, positioned beside the
 * mark (flipping and shifting to stay in view), closed by Esc, a click elsewhere or the pointer
 * leaving. The card lives in a shadow root so page CSS cannot reach it.
 */
export class CardController {
  private readonly intent: HoverIntent<HTMLElement>;
  private anchor: HTMLElement | undefined;
  private stopFollowing: (() => void) | undefined;

  private constructor(
    private options: CardControllerOptions,
    private readonly ui: ShadowRootContentScriptUi<HTMLElement>,
  ) {
    const { ctx } = options;
    this.intent = new HoverIntent<HTMLElement>({
      openDelay: 150,
      closeDelay: 300,
      onOpen: (mark) => this.show(mark),
      onClose: () => this.hide(),
      timers: {
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        clearTimeout: (id) => clearTimeout(id),
      },
    });
  }

  /** Creates the (still empty) card host and starts listening to the page. */
  static async create(options: CardControllerOptions): Promise<CardController> {
    const ui = await createShadowRootUi(options.ctx, {
      name: CARD_TAG,
      position: 'inline',
      anchor: 'body',
      css: options.css,
      onMount: (container) => container,
    });
    const controller = new CardController(options, ui);
    controller.listen();
    return controller;
  }

  /** Uses a new dataset from now on; an open card is closed as it may be stale. */
  setDataset(dataset: Dataset): void {
    this.options = { ...this.options, dataset };
    this.intent.close();
  }

  private listen(): void {
    const { ctx } = this.options;
    ctx.addEventListener(document, 'mouseover', (e) => {
      const mark = markFrom(e.target);
      if (mark && !mark.hasAttribute(HIDDEN_ATTR)) this.intent.enter(mark);
    });
    ctx.addEventListener(document, 'mouseout', (e) => {
      const from = markFrom(e.target);
      if (from && markFrom((e as MouseEvent).relatedTarget) !== from) this.intent.leave();
    });
    ctx.addEventListener(document, 'focusin', (e) => {
      const mark = markFrom(e.target);
      if (mark && !mark.hasAttribute(HIDDEN_ATTR)) this.intent.enter(mark, true);
    });
    ctx.addEventListener(document, 'keydown', (e) => {
      if (e.key === 'Escape' && this.anchor) this.closeAndRestoreFocus();
    });
    ctx.addEventListener(document, 'pointerdown', (e) => {
      if (this.anchor && !markFrom(e.target) && e.target !== this.ui.shadowHost)
        this.intent.close();
    });
    ctx.addEventListener(this.ui.shadowHost, 'mouseover', () => this.intent.hold());
    ctx.addEventListener(this.ui.shadowHost, 'mouseout', (e) => {
      if ((e as MouseEvent).relatedTarget !== this.ui.shadowHost) this.intent.leave();
    });
  }

  private show(mark: HTMLElement, actorId = mark.getAttribute(ACTOR_ATTR) ?? ''): void {
    const view = actorView(this.options.dataset, actorId);
    if (!view) return;
    if (!this.ui.mounted) this.ui.mount();
    const container = this.ui.mounted as HTMLElement;
    const { lang, t } = this.options;
    render(
      h('div', { class: 'layer' }, [
        h(ActorCard, {
          view,
          lang,
          t,
          onClose: () => this.closeAndRestoreFocus(),
          onSelectActor: (id: string) => this.show(mark, id),
        }),
      ]),
      container,
    );
    this.follow(mark, container.firstElementChild as HTMLElement);
  }

  private follow(mark: HTMLElement, layer: HTMLElement): void {
    this.stopFollowing?.();
    this.anchor = mark;
    const place = () =>
      void computePosition(mark, layer, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        layer.style.left = `${x}px`;
        layer.style.top = `${y}px`;
      });
    this.stopFollowing = autoUpdate(mark, layer, place);
  }

  private hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.anchor = undefined;
    if (this.ui.mounted) render(null, this.ui.mounted);
    this.ui.remove();
  }

  private closeAndRestoreFocus(): void {
    const anchor = this.anchor;
    const focusInCard = this.ui.shadow.activeElement !== null;
    this.intent.close();
    if (focusInCard && anchor) {
      if (!anchor.hasAttribute('tabindex')) anchor.setAttribute('tabindex', '-1');
      anchor.focus({ preventScroll: true });
    }
  }
}
