/**
 * edge: its composition root (app.ts) started with its configuration; SIGTERM stops accepting, lets
 * in-flight requests finish, closes the gRPC channel and exits 0.
 */
import { runProcess } from '../shared/lifecycle/run-process.js';
import { startEdge } from './app.js';
import { edgeConfigSchema } from './config.js';

runProcess('edge', edgeConfigSchema, startEdge);
