import { nameText, type Actor, type Dataset } from './schema';
import { spellingsOf } from './withDerivedNames';
import { compileCast } from '../matching/compile';
import { findMentions } from '../matching/findMentions';
import { fold } from '../matching/fold';
import { roundAndRoleProblems } from './roleIntegrity';
import { storyProblems } from './storyIntegrity';
import { caseRuleOf, minimumLength } from '../matching/nameRules';
import { problemAt, type Problem } from '../problems/Problem';

/**
 * Checks what a schema cannot: that ids are unique, that every reference (an actor's category,
 * a delegation's members) points at something that exists, and that every name is long and
 * distinct enough to be matched without false hits. Returns every problem found, not just the
 * first, each at the path of the offending value.
 */
export function checkIntegrity(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  problems.push(...duplicates(data.categories, 'categories'));
  problems.push(...duplicates(data.rounds, 'rounds'));
  problems.push(...duplicates(data.delegations, 'delegations'));
  problems.push(...duplicates(data.actors, 'actors'));
  const categories = new Set(data.categories.map((c) => c.id));
  const actors = new Set(data.actors.map((a) => a.id));
  data.actors.forEach((actor, i) => {
    if (!categories.has(actor.category)) {
      problems.push(problemAt(`actors[${i}].category`, 'problemUnknownCategory', actor.category));
    }
  });
  data.delegations.forEach((delegation, i) => {
    delegation.members.forEach((member, j) => {
      if (!actors.has(member.actor)) {
        const path = `delegations[${i}].members[${j}].actor`;
        problems.push(problemAt(path, 'problemUnknownActor', member.actor));
      }
    });
  });
  problems.push(...roundAndRoleProblems(data));
  problems.push(...storyProblems(data));
  problems.push(...nameProblems(data));
  return problems;
}

function duplicates(items: readonly { id: string }[], path: string): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      problems.push(
        problemAt(`${path}[${i}].id`, 'problemDuplicateId', item.id, `${path}[${first}]`),
      );
  });
  return problems;
}

/** Who already owns a spelling, by its folded form: names matched exactly only clash exactly. */
type Owners = Map<string, { id: string; text: string; exact: boolean }[]>;

/** One name's problems: shorter than its case rule allows, or already another actor's. */
function oneName(
  owners: Owners,
  id: string,
  path: string,
  text: string,
  rule: ReturnType<typeof caseRuleOf>,
): Problem[] {
  const problems: Problem[] = [];
  const min = minimumLength(rule);
  if ([...text].length < min) problems.push(problemAt(path, 'problemTooShort', text, String(min)));
  const other = claim(owners, { id, text, exact: rule === 'exact' });
  if (other !== undefined) problems.push(problemAt(path, 'problemDuplicateName', text, other));
  return problems;
}

function nameProblems(data: Dataset): Problem[] {
  const owners: Owners = new Map();
  const problems: Problem[] = [];
  data.actors.forEach((actor, i) => {
    actor.names.forEach((name, j) => {
      const text = nameText(name);
      const rule = caseRuleOf(text, typeof name === 'string' ? undefined : name.match);
      problems.push(...oneName(owners, actor.id, `actors[${i}].names[${j}]`, text, rule));
    });
    // Native names are matched as names too (data v2): the same rules apply.
    for (const [lang, text] of Object.entries(actor.nativeNames ?? {})) {
      const rule = caseRuleOf(text, undefined);
      problems.push(...oneName(owners, actor.id, `actors[${i}].nativeNames.${lang}`, text, rule));
    }
    problems.push(...ruleProblems(actor, `actors[${i}]`));
  });
  return problems;
}

/**
 * Records a spelling and returns another actor that can be printed the same way, if any: two
 * exact names clash only when identical ("Nato" and "NATO" do not), any other pair when they
 * fold alike ("Erdogan" and "Erdoğan"; "Gru" and "GRU", since "Gru" would match "GRU").
 */
function claim(owners: Owners, name: { id: string; text: string; exact: boolean }) {
  const key = fold(name.text);
  const list = owners.get(key) ?? [];
  const clash = list.find(
    (o) => o.id !== name.id && (!o.exact || !name.exact || o.text === name.text),
  );
  owners.set(key, [...list, name]);
  return clash?.id;
}

/**
 * Checks the rules a name may carry: a name that needs the full name must have a full name
 * (two or more words, unconditional) to be confirmed by, and every `notNames` entry must contain
 * one of the actor's names, or it blocks nothing.
 */
function ruleProblems(actor: Actor, path: string): Problem[] {
  const problems: Problem[] = [];
  const unconditional = actor.names.filter((n) => typeof n === 'string' || !n.context);
  const hasFullName = unconditional.some((n) => nameText(n).trim().includes(' '));
  actor.names.forEach((name, j) => {
    if (typeof name !== 'string' && name.context === 'full-name' && !hasFullName) {
      problems.push(problemAt(`${path}.names[${j}]`, 'problemFullNameMissing', name.text));
    }
  });
  const listed = actor.names.map((n) => (typeof n === 'string' ? n : { ...n, context: undefined }));
  const names = [...listed, ...spellingsOf(actor)]; // a notName may contain a derived spelling
  const own = compileCast([{ id: actor.id, names }]);
  actor.notNames?.forEach((notName, k) => {
    if (!findMentions(own, notName).length) {
      problems.push(problemAt(`${path}.notNames[${k}]`, 'problemNotNameUnused', notName));
    }
  });
  return problems;
}
