import assert from 'node:assert/strict';
import { getScenario, isHuashuError, validatePack } from 'huashu';
import { scenarios } from 'huashu/catalogue';
import { parseTemplate } from 'huashu/honorifics';
import { packSchema } from 'huashu/schema';

assert.equal(getScenario('hold.explain').id, 'hold.explain');
assert.ok(scenarios().length > 0);
assert.deepEqual(parseTemplate('{customer}好'), [{ name: 'customer' }, '好']);
assert.equal(validatePack({ id: 'acme' }).id, 'acme');
assert.equal(packSchema.safeParse({}).success, false);
try {
  validatePack({ id: 'Not Valid' });
  assert.fail('expected a PackValidationError');
} catch (error) {
  assert.ok(isHuashuError(error));
}
console.log('esm: ok');
