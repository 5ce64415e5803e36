/** The generated contract, re-exported under short names. */
export { codexk8s } from './generated/controlplane.js';
export * from './generated/service.js';
export * from './timestamps.js';
import { codexk8s } from './generated/controlplane.js';

export import v1 = codexk8s.controlplane.v1;
