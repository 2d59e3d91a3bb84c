export { HuashuError, isHuashuError, type HuashuErrorCode } from './huashu-error.js';
