/** A ```js example of the README and the ```json block right under it, which shows its output. */
export interface ReadmeExample {
  code: string;
  output: string;
  /** Where the output block's content starts and ends in the README (for rewriting it). */
  outputStart: number;
  outputEnd: number;
}

const EXAMPLE = /```js\n([\s\S]*?)```\n\n```json\n([\s\S]*?)```/g;

/** Every ```js block followed by a ```json block, in order. */
export function readmeExamples(readme: string): ReadmeExample[] {
  return [...readme.matchAll(EXAMPLE)].map((match) => {
    const code = match[1] ?? '';
    const output = match[2] ?? '';
    const outputStart = (match.index ?? 0) + match[0].length - 3 - output.length;
    return { code, output, outputStart, outputEnd: outputStart + output.length };
  });
}

/**
 * Runs an example against `library` (the package's exports, in place of its `import` lines) and
 * returns what it printed with console.log, one line per call.
 */
export function runExample(code: string, library: Record<string, unknown>): string {
  const lines: string[] = [];
  const console = { log: (...values: unknown[]) => lines.push(values.map(String).join(' ')) };
  const body = code.replace(/^import [^;]*? from '@prachum\/core';\n/gm, '');
  const names = Object.keys(library).join(', ');
  new Function('library', 'console', `const { ${names} } = library;\n${body}`)(library, console);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * The text without white space outside double-quoted strings: printed JSON and the same JSON as
 * the formatter lays it out in the README (`[60, 70]` on one line) compare equal.
 */
export function withoutLayout(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (inString) {
      out += char;
      if (char === '\\') out += text[++i] ?? '';
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
      out += char;
    } else if (!/\s/.test(char)) out += char;
  }
  return out;
}
