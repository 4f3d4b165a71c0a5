import type { Role } from '../utils/dataset/schema';
import { roleOn } from '../utils/dates/roleOn';
import { formatDate } from '../utils/format';
import type { DataLang, Translate } from '../utils/i18n';

/**
 * The role an actor held on the article's day ("on 23 July 2025"), or, when the day falls
 * outside every role, the nearest one with its start or end; and, when the office changed after
 * the day, one line "later: …" so a reader of an older article is not misled.
 */
export function RoleLine(props: {
  roles: readonly Role[];
  /** The article's day, `YYYY-MM-DD`. */
  day: string;
  lang: DataLang;
  t: Translate;
  id?: string;
}) {
  const { roles, day, lang, t, id } = props;
  const chosen = roleOn(roles, day);
  if (!chosen) return null;
  const { role, status, later } = chosen;
  const when =
    status === 'held'
      ? t('roleOn', formatDate(day, lang))
      : status === 'after' && role.to
        ? t('roleUntil', formatDate(role.to, lang))
        : role.from
          ? t('roleSince', formatDate(role.from, lang))
          : '';
  return (
    <>
      <p class="role" id={id}>
        {role[lang]} {when && <span class="muted">{when}</span>}
      </p>
      {later?.from && (
        <p class="role-later muted">
          {t('roleLater', [later[lang], formatDate(later.from, lang)])}
        </p>
      )}
    </>
  );
}
