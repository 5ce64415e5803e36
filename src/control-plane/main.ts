/** control-plane: its composition root (app.ts) started with its configuration; SIGTERM runs its stop steps. */
import { runProcess } from '../shared/lifecycle/run-process.js';
import { startControlPlane } from './app.js';
import { controlPlaneConfigSchema } from './config.js';

runProcess('control-plane', controlPlaneConfigSchema, startControlPlane);
