import packageJson from '../package.json' with { type: 'json' };
import { help, usage } from './help';
import { type CliIo, processIo } from './io';
import { UsageError } from './usage';

/** Exit codes: 0 all went well, 1 some input was bad (reported per file), 2 the command line was wrong. */
export type ExitCode = 0 | 1 | 2;

type Command = (args: string[], io: CliIo) => Promise<ExitCode>;

// Loaded on use, so that `--version`, `--help` and `date` do not pay for the parser and Ajv.
const commands = {
  parse: async () => (await import('./commands/parse')).parseCommand,
  validate: async () => (await import('./commands/validate')).validateCommand,
  schema: async () => (await import('./commands/schema')).schemaCommand,
  date: async () => (await import('./commands/date')).dateCommand,
} satisfies Record<string, () => Promise<Command>>;

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
    const runCommand = await commands[name]();
    return await runCommand(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`prachum: ${error.message}\n${error.usage}\n`);
    return 2;
  }
}
