import type { MessageKey } from '../i18n';

/**
 * The validator's messages (valibot's, the schema's, the integrity checks', decoding and size),
 * each with the message key that says it in the reader's language. The English entry of each key
 * says exactly what the validator says, so English readers see no change.
 */
const MESSAGES: [RegExp, MessageKey][] = [
  [/^must not be empty$/, 'problemEmpty'],
  [/^must be a date like "(.+)"$/, 'problemDate'],
  [/^must be a date that exists, like "(.+)"$/, 'problemDateExists'],
  [/^must be a URL$/, 'problemUrl'],
  [/^must start with https:\/\/ or http:\/\/$/, 'problemUrlScheme'],
  [/^must be a language tag$/, 'problemLang'],
  [/^must be a hex colour like "(.+)"$/, 'problemColor'],
  [/^must be a lowercase ASCII slug like "(.+)"$/, 'problemSlug'],
  [/^must list at least one member$/, 'problemNoMember'],
  [/^must list at least one name$/, 'problemNoName'],
  [/^must list at least one category$/, 'problemNoCategories'],
  [/^must list at least one actor$/, 'problemNoActors'],
  [/^must be a name, or an object like (.+)$/, 'problemName'],
  [/^no category has the id "(.+)"$/, 'problemUnknownCategory'],
  [/^no actor has the id "(.+)"$/, 'problemUnknownActor'],
  [/^"(.+)" is already used by (.+)$/, 'problemDuplicateId'],
  [/^"(.+)" is also a name of "(.+)"; a name must be unique$/, 'problemDuplicateName'],
  [/^"(.+)" is too short to match safely \(at least (\d+) letters\)$/, 'problemTooShort'],
  [
    /^"(.+)" counts only beside the full name, but no unconditional name has two or more words$/,
    'problemFullNameMissing',
  ],
  [/^"(.+)" contains none of this actor's names, so it blocks nothing$/, 'problemNotNameUnused'],
  [
    /^this file uses schema version (.+), but this version of Dramatis understands up to (.+); update the extension first$/,
    'problemSchemaVersion',
  ],
  [
    /^the data is more than (.+), but Dramatis reads at most (.+); leave out what the story does not need$/,
    'problemTooLargeUnknown',
  ],
  [
    /^the data is (.+), but Dramatis reads at most (.+); leave out what the story does not need$/,
    'problemTooLarge',
  ],
  [/^the file is UTF-16 text; save it as UTF-8$/, 'problemUtf16'],
  [/^not UTF-8 text \(invalid bytes near byte (\d+)\); save the file as UTF-8$/, 'problemNotUtf8'],
  [/^must list at least one role$/, 'problemNoRoles'],
  [/^must be at most (\d+) characters long; no real name is longer$/, 'problemNameTooLong'],
  [
    /^must not have a word longer than (\d+) characters; no real name has one$/,
    'problemWordTooLong',
  ],
  [/^must list at most (\d+) names$/, 'problemTooManyNames'],
  [
    /^must list at most ([\d,]+) names in all; leave out actors the story does not need$/,
    'problemTooManyNamesInAll',
  ],
  [
    /^must not have more than ([\d,]+) different first words of names; leave out actors the story does not need$/,
    'problemTooManyFirstWords',
  ],
  [
    /^must not have first words of names longer than ([\d,]+) characters in all \(each different one counted once\); leave out actors the story does not need$/,
    'problemFirstWordsTooLong',
  ],
  [/^must be at most (\d+) characters long$/, 'problemKeywordTooLong'],
  [/^must list at most (\d+) keywords$/, 'problemTooManyKeywords'],
  [/^no round has the id "(.+)"$/, 'problemUnknownRound'],
  [/^its period overlaps (roles\[\d+\]) of the same actor$/, 'problemRoleOverlap'],
  [/^"(.+)" is not this file's story "(.+)"$/, 'problemOtherStory'],
  [/^Dramatis could not check this data \(([\s\S]*)\), so it is not used$/, 'problemUncheckable'],
  [/^no data is stored for this story$/, 'problemNothingStored'],
  [/^the stored file tells "(.+)", not the story "(.+)"$/, 'problemStoredOtherStory'],
  [/^Invalid integer: Received (.+)$/, 'problemInteger'],
  [/^Invalid value: Expected >=(.+) but received (.+)$/, 'problemMinValue'],
  [/^Invalid key: Expected never but received (.+)$/, 'problemUnknownKey'],
  [/^Invalid key: Expected (.+) but received undefined$/, 'problemMissingKey'],
  [/^Invalid type: Expected (.+) but received (.+)$/, 'problemType'],
];

/** A path the validator puts before its message: `actors[12].names[0]`, `story.keywords.pt-BR[0]`, `(file)`, `(top level)`. */
const PATH = /^(\(file\)|\(top level\)|[A-Za-z_$][\w$-]*(?:\[\d+\]|\.[\w$-]+)*): ([\s\S]*)$/;
const JSON_ERROR = /^Not valid JSON: ([\s\S]*)$/;

/**
 * A validator problem as a message key and its substitutions, so it can be shown in the reader's
 * language; the path stays as it is (the first substitution, `$1`), since data authors search
 * their file for it. Undefined for a message this table does not know (shown as written).
 */
export function problemMessage(problem: string): { key: MessageKey; subs: string[] } | undefined {
  const json = JSON_ERROR.exec(problem);
  // The JSON parser's own detail is the browser's text; only our words around it are ours.
  if (json) return { key: 'problemJson', subs: [json[1]!] };
  const at = PATH.exec(problem);
  if (!at) return undefined;
  for (const [pattern, key] of MESSAGES) {
    const found = pattern.exec(at[2]!);
    if (found) return { key, subs: [at[1]!, ...found.slice(1)] };
  }
  return undefined;
}
