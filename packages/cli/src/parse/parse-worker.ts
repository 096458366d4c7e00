/** A parse worker thread: reads, parses and renders the report files the main thread sends. */
import { parentPort, workerData } from 'node:worker_threads';
import { convertReportFile } from './convert';
import type { WorkerAnswer, WorkerTask } from './converter';
import type { RenderOptions } from './render';

const options = workerData as RenderOptions;
const port = parentPort;
if (!port) throw new Error('parse-worker.js runs as a worker thread of `prachum parse`, not on its own');

port.on('message', async ({ id, path, source }: WorkerTask) => {
  const conversion = await convertReportFile(path, source, options);
  port.postMessage({ id, conversion } satisfies WorkerAnswer);
});
