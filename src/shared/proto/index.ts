/** The generated contract, re-exported under short names. */
import './int64-as-number.js';
export { codexk8s } from './generated/controlplane.js';
export * from './generated/service.js';
export * from './timestamps.js';
import { codexk8s } from './generated/controlplane.js';

export import v1 = codexk8s.controlplane.v1;
