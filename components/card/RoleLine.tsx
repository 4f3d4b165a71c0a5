import type { Role } from '../../utils/shared/dataset/schema';
import { roleOn } from '../../utils/shared/dates/roleOn';
import { formatDate } from '../../utils/shared/dates/formatDate';
import type { DataLang, Translate } from '../../utils/shared/i18n';

/**
 * The role an actor held on the article's day ("on 23 July 2025"), or, when the day falls
 * outside every role, the nearest one with its start or end; and, when the office changed after
 * the day, one line "later: …" so a reader of an older article is not misled. A day after the
 * data's own date (`asOf`) is one the data cannot vouch for: the role is given "as of" that date.
 */
export function RoleLine(props: {
  roles: readonly Role[];
  /** The article's day, `YYYY-MM-DD`. */
  day: string;
  /** The date the data's facts hold for; the card claims nothing past it. */
  asOf?: string;
  lang: DataLang;
  t: Translate;
  id?: string;
}) {
  const { roles, day, asOf, lang, t, id } = props;
  const chosen = roleOn(roles, day);
  if (!chosen) return null;
  const { role, status, later } = chosen;
  const when =
    status === 'held'
      ? asOf !== undefined && day > asOf
        ? t('asOf', formatDate(asOf, lang))
        : t('roleOn', formatDate(day, lang))
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
