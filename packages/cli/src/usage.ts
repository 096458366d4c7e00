import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A mistake in the command line: reported with the command's usage line, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;
type ParsedCommandLine<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

/** node:util parseArgs, with its errors turned into usage errors that name the command. */
export function parseCommandLine<const O extends Options>(
  args: string[],
  options: O,
  usage: string,
): ParsedCommandLine<O> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's message goes on with advice about `--` that rarely applies: keep its first sentence.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split('. ')[0] ?? message, usage);
  }
}
