/**
 * Starts a worker thread written in TypeScript: tsx's loader, which the ingest runs under, does
 * not reach worker threads on Node 24 (their own type stripping refuses what tsx accepts), so
 * each worker registers it first, then imports its script (`workerData.script`, a file URL).
 */
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.script);
