import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { DatasetSchema, nameText } from '../utils/shared/dataset/schema';
import { withDerivedNames } from '../utils/shared/dataset/withDerivedNames';

/**
 * `npm run spellings [-- data.json]`: lists, per actor, the spellings the data lists and the ones
 * the generator derives (issue 15), so a data author sees what no longer needs typing in and
 * what still does.
 */
function main(dataPath = 'data/actors.json') {
  const data = v.parse(DatasetSchema, JSON.parse(readFileSync(dataPath, 'utf8')));
  const served = withDerivedNames(data);
  let listedTotal = 0;
  let derivedTotal = 0;
  data.actors.forEach((actor, i) => {
    const listed = actor.names.map(nameText);
    const derived = (served.actors[i]?.names ?? []).slice(actor.names.length).map(nameText);
    listedTotal += listed.length;
    derivedTotal += derived.length;
    console.log(`\n${actor.id} (${actor.kind})`);
    console.log(`  listed  (${listed.length}): ${listed.join(' · ')}`);
    console.log(`  derived (${derived.length}): ${derived.join(' · ') || '—'}`);
  });
  console.log(`\n${data.actors.length} actors: ${listedTotal} listed, ${derivedTotal} derived.`);
}

main(process.argv[2]);
