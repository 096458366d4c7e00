/** Usage lines (printed with usage errors) and the --help text of each command. */

export const usage = {
  prachum: 'Usage: prachum <parse|validate|schema|date> [options]   (prachum --help for more)',
  parse: 'Usage: prachum parse [--format jsonl|json|csv] [--with-source] [--out-dir DIR] [--jobs N] [paths…]',
  validate: 'Usage: prachum validate [files…]   (no file or - reads stdin)',
  schema: 'Usage: prachum schema',
  date:
    'Usage: prachum date [--reference-date YYYY-MM-DD] <thai date text…>\n' +
    '       prachum date --format [--style full|long|medium|short] [--thai-digits] [--ce] <YYYY-MM-DD>',
} as const;

export const help = {
  prachum: `Usage: prachum <command> [options]

Turn Thai government meeting reports into typed, validated MeetingReport records.

Commands:
  parse [paths…]      parse reports (.txt files, folders, stdin) into JSON Lines, JSON or CSV
  validate [files…]   check JSON or JSON Lines records against the MeetingReport schema
  schema              print the MeetingReport JSON Schema (draft 2020-12)
  date <text…>        convert a Thai date expression to ISO 8601, or an ISO date to Thai with --format

Options:
  -h, --help          show this help; \`prachum <command> --help\` shows a command's options
  -v, --version       print the version

Examples:
  prachum parse reports/ > records.jsonl
  prachum parse reports/ --out-dir records/
  prachum validate records.jsonl
  prachum date "๒๖ พฤษภาคม ๒๕๖๔"
`,

  parse: `${usage.parse}

Parse meeting reports into MeetingReport records.

Inputs: files (parsed whatever their extension), folders (every .txt file in them and their
subfolders; other files are skipped with a note on stderr), and - for stdin. With no path,
reads stdin. Files are read as UTF-8; a leading byte order mark is dropped.

Output: one record per report, in input order (a folder's files in the order the file system
lists them). Records go to stdout unless --out-dir is given. Problems with single files are
reported on stderr and the other files are still parsed; the exit code is then 1.

Options:
  -f, --format jsonl|json|csv   stdout format (default jsonl):
                                  jsonl  one record per line
                                  json   one JSON array of records
                                  csv    one row per report with the main fields (RFC 4180)
      --with-source             wrap each jsonl/json record as {"source": <path>, "record": <record>}
                                (the bare record stays valid against the schema)
  -o, --out-dir DIR             write one DIR/<name>.json per <name>.txt instead of printing;
                                paths below the inputs' common folder are kept, so
                                reports/a/1.txt and reports/b/1.txt become DIR/a/1.json and
                                DIR/b/1.json; DIR must not be, be inside or contain an input
  -j, --jobs N                  parse on N worker threads (default: the number of CPU cores);
                                a single file or stdin is parsed on the main thread
  -h, --help                    show this help

Examples:
  prachum parse report.txt
  prachum parse reports/ > records.jsonl
  cat report.txt | prachum parse --format json
  prachum parse reports/ --format csv > reports.csv
  prachum parse reports/ --with-source | jq -r '.source + ": " + (.record.title // "")'
  prachum parse corpus/dev --out-dir out --jobs 4
`,

  validate: `${usage.validate}

Check MeetingReport records against the JSON Schema, including that every span's start is
not after its end. A file holds JSON Lines (one record per line), one JSON record, or a JSON
array of records; lines of \`prachum parse --with-source\` ({"source", "record"}) are checked
as their record.

Each problem is printed on stdout as  <file>:<line>: <JSON pointer>: <message>  (for a JSON
document,  <file>[<index>]: …). A summary goes to stderr. Exit code 1 when any record is
invalid or a file cannot be read.

Options:
  -h, --help   show this help

Examples:
  prachum validate records.jsonl
  prachum validate out/*.json
  prachum parse reports/ | prachum validate -
`,

  schema: `${usage.schema}

Print the MeetingReport JSON Schema (draft 2020-12), as shipped in
@prachum/json-schema/meeting-report.schema.json.

Options:
  -h, --help   show this help

Examples:
  prachum schema > meeting-report.schema.json
`,

  date: `${usage.date}

Convert a Thai date expression to ISO 8601: a single day, month or year prints one date,
a range prints start/end. A day and month without a year print as --MM-DD unless
--reference-date gives the year. With --format, convert an ISO date to Thai.

Options:
      --reference-date D   the date (YYYY-MM-DD) whose year a date without a year takes
      --format             format an ISO date (YYYY-MM-DD) in Thai instead
      --style STYLE        with --format: full, long, medium or short
      --thai-digits        with --format: write Thai digits (๒๕๖๔) instead of Arabic ones
      --ce                 with --format: write the Common Era year instead of the Buddhist Era
  -h, --help               show this help

Examples:
  prachum date "๒๖ พฤษภาคม ๒๕๖๔"            # 2021-05-26
  prachum date "22-23 สิงหาคม 2562"          # 2019-08-22/2019-08-23
  prachum date --reference-date 2021-01-01 "26 ก.พ."   # 2021-02-26
  prachum date --format 2021-05-26
  prachum date --format --style long --thai-digits 2021-05-26
`,
} as const;
