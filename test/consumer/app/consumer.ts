import { getScenario, type ScenarioId, type Pack } from 'huashu';
import { scenarios } from 'huashu/catalogue';
import type { Customer } from 'huashu/honorifics';

const id: ScenarioId = 'hold.explain';
const title: string = getScenario(id).title.en;
const count: number = scenarios().length;
const customer: Customer = { surname: '欧阳', gender: 'female' };
const pack: Pack = { id: 'acme' };
// @ts-expect-error an unknown scenario id is a type error
getScenario('no.such-scenario');
export { title, count, customer, pack };
