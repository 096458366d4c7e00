import packageJson from '../package.json' with { type: 'json' };
import { dateCommand } from './commands/date';
import { parseCommand } from './commands/parse';
import { schemaCommand } from './commands/schema';
import { validateCommand } from './commands/validate';
import { help, usage } from './help';
import { type CliIo, processIo } from './io';
import { UsageError } from './usage';

/** Exit codes: 0 all went well, 1 some input was bad (reported per file), 2 the command line was wrong. */
export type ExitCode = 0 | 1 | 2;

const commands = {
  parse: parseCommand,
  validate: validateCommand,
  schema: schemaCommand,
  date: dateCommand,
} satisfies Record<string, (args: string[], io: CliIo) => Promise<ExitCode>>;

/**
 * Runs the `prachum` command line (without the `node` and script paths) and returns the exit
 * code. All output goes to `io`; nothing calls process.exit.
 */
export async function run(argv: readonly string[], io: CliIo = processIo): Promise<ExitCode> {
  const [command, ...args] = argv;
  try {
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${packageJson.version}\n`);
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(help.prachum);
      return 0;
    }
    if (command === undefined) throw new UsageError('no command given', usage.prachum);
    if (!Object.hasOwn(commands, command))
      throw new UsageError(`unknown command '${command}'`, usage.prachum);
    const name = command as keyof typeof commands;
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(help[name]);
      return 0;
    }
    return await commands[name](args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`prachum: ${error.message}\n${error.usage}\n`);
    return 2;
  }
}
