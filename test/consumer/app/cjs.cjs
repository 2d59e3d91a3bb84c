const assert = require('node:assert/strict');
const { getScenario, isHuashuError, validatePack, PackValidationError } = require('huashu');
const { scenarios } = require('huashu/catalogue');
const { parseTemplate } = require('huashu/honorifics');

assert.equal(getScenario('hold.explain').id, 'hold.explain');
assert.ok(scenarios().length > 0);
assert.deepEqual(parseTemplate('{customer}好'), [{ name: 'customer' }, '好']);
try {
  validatePack({ id: 'Not Valid' });
  assert.fail('expected a PackValidationError');
} catch (error) {
  assert.ok(isHuashuError(error));
  assert.ok(error instanceof PackValidationError);
}
console.log('cjs: ok');
