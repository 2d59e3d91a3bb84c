/** Writes pack.schema.json: the JSON Schema of a phrase pack, for editors (YAML/JSON). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { packSchema } from '../src/schema/pack.js';

const schema = z.toJSONSchema(packSchema, { io: 'input', unrepresentable: 'any', cycles: 'ref' });
const out = new URL('../pack.schema.json', import.meta.url);

writeFileSync(out, JSON.stringify({ ...schema, title: 'huashu phrase pack', $id: 'https://unpkg.com/huashu/pack.schema.json' }, null, 2) + '\n');
console.log('pack.schema.json written');
