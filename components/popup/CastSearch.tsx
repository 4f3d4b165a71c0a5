import { roleNameOn } from '../../utils/shared/dates/roleOn';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { actorView } from '../../utils/shared/dataset/actorView';
import type { SectionStory } from '../../utils/shared/dataset/storySections';
import type { Dataset } from '../../utils/shared/dataset/schema';
import type { DataLang, Translate } from '../../utils/shared/i18n';
import { createCastSearch } from '../../utils/shared/search/castSearch';
import { ActorCard } from '../card/ActorCard';

export interface CastSearchProps {
  dataset: Dataset;
  lang: DataLang;
  /** The day whose roles are shown, `YYYY-MM-DD`. */
  day: string;
  t: Translate;
  /** The stories whose sections a card shows, in this order (default: the dataset's own). */
  stories?: readonly SectionStory[];
}

/**
 * Searches the whole cast as the reader types (any name, alias, script, role or delegation) and
 * opens an actor's details in place. Results show only while the reader types; the whole cast,
 * alphabetically, is one click away. Arrow keys move between the field and the results.
 */
export function CastSearch({ dataset, day, lang, t, stories }: CastSearchProps) {
  const search = useMemo(() => createCastSearch(dataset), [dataset]);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | undefined>();
  const [wholeCast, setWholeCast] = useState(false);
  /** Actors shown before the current one, when the reader switched to a delegation member. */
  const [trail, setTrail] = useState<string[]>([]);
  // The rounds chosen on the shown card, by story; another actor starts at the nearest again.
  const [rounds, setRounds] = useState<Record<string, number>>({});
  const show = (id: string | undefined) => {
    setSelected(id);
    setRounds({});
  };
  const open = (id: string | undefined) => {
    setTrail([]);
    show(id);
  };
  const list = useRef<HTMLUListElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  const typing = query.trim() !== '';
  const results = useMemo(() => search(query), [search, query]);
  const listed = typing || wholeCast ? results : [];
  const view = selected ? actorView(dataset, selected, stories) : undefined;
  // `autoFocus` works once per document, so moving between list and details focuses by hand.
  useEffect(() => {
    (selected ? back : field).current?.focus();
  }, [selected]);

  if (view) {
    return (
      <div class="detail">
        <button type="button" class="back" ref={back} onClick={() => open(undefined)} autoFocus>
          ← {t('popupBack')}
        </button>
        <ActorCard
          view={view}
          day={day}
          lang={lang}
          t={t}
          onSelectActor={(id) => {
            setTrail([...trail, view.actor.id]);
            show(id);
          }}
          back={backTo(dataset, trail, (id, rest) => {
            setTrail(rest);
            show(id);
          })}
          rounds={rounds}
          onChooseRound={(story, index) => setRounds({ ...rounds, [story]: index })}
        />
      </div>
    );
  }
  const move = (e: KeyboardEvent) => {
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : undefined;
    if (next === undefined) return;
    e.preventDefault();
    if (next < 0) (e.currentTarget as HTMLElement).querySelector('input')?.focus();
    else buttons[Math.min(next, buttons.length - 1)]?.focus();
  };
  return (
    <div class="search" onKeyDown={move}>
      <label class="search-label">
        {t('popupSearchLabel')}
        <input
          ref={field}
          type="search"
          value={query}
          placeholder={t('popupSearchPlaceholder')}
          autoFocus
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </label>
      {!typing && (
        <button
          type="button"
          class="link-button"
          aria-expanded={wholeCast ? 'true' : 'false'}
          onClick={() => setWholeCast(!wholeCast)}
        >
          {t(wholeCast ? 'popupHideCast' : 'popupWholeCast', String(dataset.actors.length))}
        </button>
      )}
      {listed.length > 0 && (
        <ul class="results" ref={list} aria-label={t('popupResults')}>
          {listed.map((actor) => (
            <li key={actor.id}>
              <button type="button" data-actor={actor.id} onClick={() => open(actor.id)}>
                <span class="result-name">{actor.name}</span>
                <span class="result-role">{roleNameOn(actor.roles, day, lang)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {typing && results.length === 0 && (
        <p class="empty" role="status">
          {t('popupNoResults', query)}
        </p>
      )}
    </div>
  );
}

/** The step back to the actor shown before a switch to a delegation member, if any. */
function backTo(dataset: Dataset, trail: string[], go: (id: string, rest: string[]) => void) {
  const previous = trail.at(-1);
  const actor = previous ? dataset.actors.find((a) => a.id === previous) : undefined;
  return actor && { name: actor.name, onBack: () => go(actor.id, trail.slice(0, -1)) };
}
