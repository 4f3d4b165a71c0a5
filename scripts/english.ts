import en from '../public/_locales/en/messages.json';
import type { Translate } from '../utils/shared/i18n';

/**
 * English UI strings for the scripts, which run in Node without `browser.i18n`: the message of
 * a key from `public/_locales/en/messages.json` with `$1`…`$9` substituted (`$$` a dollar
 * sign), as the browser does for messages without named placeholders (none of ours has them).
 */
export const english: Translate = (key, substitutions) => {
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return en[key].message.replace(/\$(\$|[1-9])/g, (_whole, token: string) =>
    token === '$' ? '$' : (subs[Number(token) - 1] ?? ''),
  );
};
