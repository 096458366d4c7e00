export type { CliIo } from './io';
export type { ExitCode } from './run';
export { run } from './run';
