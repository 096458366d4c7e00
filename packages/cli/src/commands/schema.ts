import { meetingReportSchema } from '@prachum/json-schema';
import { usage } from '../help';
import { type CliIo, write } from '../io';
import type { ExitCode } from '../run';
import { parseCommandLine, UsageError } from '../usage';

export async function schemaCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { positionals } = parseCommandLine(args, {}, usage.schema);
  if (positionals.length > 0) throw new UsageError('schema takes no arguments', usage.schema);
  await write(io.stdout, `${JSON.stringify(meetingReportSchema, null, 2)}\n`);
  return 0;
}
