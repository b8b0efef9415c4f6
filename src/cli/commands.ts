/**
 * The command table: specs only. Each `load` is a dynamic import, so a
 * command's code (and what it imports) is read only when that command runs.
 */
import type { CommandSpec } from './command-spec.js';

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'list',
    summary: 'List the scenarios you can play.',
    usage: ['list [--json]'],
    positionals: { names: [], min: 0, max: 0 },
    options: {
      json: { type: 'boolean', description: 'Print a JSON array of {id, title, category, difficulty, path}.' },
    },
    details: [
      'Scenarios come from the built-in scenarios/ folder and from $RAPPORT_HOME/scenarios/ when it exists.',
    ],
    examples: ['rapport list', 'rapport list --json'],
    load: async () => (await import('./list.js')).run,
  },
  {
    name: 'play',
    summary: 'Play a scenario: in the terminal app, or from a script of replies.',
    usage: ['play <scenario> [--mode coach|exam]', 'play <scenario> --script <file> [--json] [--seed N] [--trainee NAME]'],
    positionals: { names: ['scenario'], min: 1, max: 1 },
    options: {
      script: { type: 'string', value: 'file', description: 'One trainee reply per line ("-" reads stdin). Blank and # lines are skipped; "/wait 90" is 90 s of silence.' },
      json: { type: 'boolean', description: 'Print one JSON object with the ending, scores and every turn.' },
      seed: { type: 'string', value: 'N', description: 'Seed for the customer\'s choice of lines (default: random, printed).' },
      trainee: { type: 'string', value: 'NAME', description: 'Whose session this is, for the progress log.' },
      mode: { type: 'string', value: 'coach|exam', description: 'Without --script: coach (feedback after every reply, the default) or exam (feedback only at the end).' },
    },
    details: [
      '<scenario> is a scenario id (see `rapport list`) or a path to a .yaml file.',
      'Without --script it opens the terminal app at the briefing; when stdin is not a terminal, each line read is one reply.',
      'The session is saved like an interactive one: a progress entry and a transcript in $RAPPORT_HOME/transcripts/ (.md and .json).',
    ],
    examples: [
      'rapport play irate-double-charge',
      'rapport play irate-double-charge --mode exam',
      'rapport play irate-double-charge --script replies.txt',
      'rapport play irate-double-charge --script replies.txt --json --seed 7',
    ],
    load: async () => (await import('./play.js')).run,
  },
  {
    name: 'score',
    summary: 'Score replies: JSON Lines in, JSON Lines out (--json), or plain text.',
    usage: ['score --json < replies.jsonl', 'score [reply…]'],
    positionals: { names: ['reply'], min: 0, max: Infinity },
    options: {
      json: {
        type: 'boolean',
        description: 'Read {"reply": "...", "customer": "..."} per line on stdin; write {scores, intents, evidence, tips} per line.',
      },
    },
    details: [
      'With --json, each input line gets exactly one output line, in order; a bad line gets {"error": "..."} and the rest go on.',
      'Without --json, each argument (or each stdin line) is one reply, explained in plain text.',
    ],
    examples: [
      `echo '{"reply": "I am sorry, I will call you by 5 pm today."}' | rapport score --json`,
      'rapport score "That is not my department."',
    ],
    load: async () => (await import('./score.js')).run,
  },
  {
    name: 'validate',
    summary: 'Check scenario files; print path:line:col: message for every problem.',
    usage: ['validate <file-or-dir>… [--json]'],
    positionals: { names: ['file-or-dir'], min: 1, max: Infinity },
    options: {
      json: { type: 'boolean', description: 'Print {"valid", "files", "problems"} as JSON for tools.' },
    },
    details: [
      'A folder means every .yaml/.yml file directly in it; <id>.test.yaml files are checked as scenario tests.',
      'Beyond the schema: branches that can never fire, states and endings no reply reaches, goals nobody can meet, and rubric examples that miss their scores.',
      'Exit 0 when there are no errors (warnings are fine), 1 otherwise.',
    ],
    examples: ['rapport validate scenarios/', 'rapport validate my-scenario.yaml'],
    load: async () => (await import('./validate.js')).run,
  },
  {
    name: 'progress',
    summary: 'Show your past sessions and per-skill averages.',
    usage: ['progress [--json]'],
    positionals: { names: [], min: 0, max: 0 },
    options: {
      json: { type: 'boolean', description: 'Print {"sessions": [...], "summary": {...}, "store": "..."}.' },
    },
    examples: ['rapport progress', 'rapport progress --json'],
    load: async () => (await import('./progress.js')).run,
  },
  {
    name: 'drill',
    summary: 'Take a graded drill: its scenarios in exam mode, then a result and a submission file.',
    usage: ['drill <id> [--trainee NAME] [--script-dir DIR] [--json] [--out FILE]'],
    // No id is answered by drill.ts itself, with the drills there are to take.
    positionals: { names: ['id'], min: 0, max: 1 },
    options: {
      trainee: { type: 'string', value: 'NAME', description: 'Whose drill this is; the name on the submission (default: the name the app remembers, else your login name).' },
      'script-dir': { type: 'string', value: 'DIR', description: 'Run headless: one script per scenario, named <scenario-id>.txt.' },
      json: { type: 'boolean', description: 'With --script-dir: print one JSON object with the result.' },
      out: { type: 'string', value: 'FILE', description: 'Also write the submission here (a file, or a folder).' },
    },
    details: [
      '<id> is a drill id (built-in: onboarding-week-1) or a path to a drill .yaml file.',
      'The submission is written to $RAPPORT_HOME/submissions/; hand it to your cohort lead.',
    ],
    examples: ['rapport drill onboarding-week-1 --trainee "Ana Lima"', 'rapport drill onboarding-week-1 --trainee Ana --script-dir my-replies/ --json'],
    load: async () => (await import('./drill.js')).run,
  },
  {
    name: 'cohort',
    summary: 'Cohort lead: re-score drill submissions and write one report (Markdown, CSV or HTML).',
    usage: ['cohort report <files or folders>… [--format md|csv|html] [--out FILE] [--drill ID]'],
    positionals: { names: ['report', 'files or folders'], min: 1, max: Infinity },
    options: {
      format: { type: 'string', value: 'md|csv|html', description: 'Report format (default: from --out\'s extension, else md).' },
      out: { type: 'string', value: 'FILE', description: 'Write the report to this file instead of stdout (a folder gets cohort-<drill>.<format>).' },
      drill: { type: 'string', value: 'ID', description: 'The drill to report on, by id or drill .yaml file (default: the one most files are for).' },
    },
    details: [
      'Every submission is replayed from its raw replies against the current drill and scenarios: scores edited in a file change nothing and are flagged.',
      'Bad files are listed as rejected with the reason; the same trainee twice keeps the latest.',
      'Exit code 0 when the report is written (rejected and flagged files are in it), 1 when there is nothing to report or it cannot be written, 2 for wrong usage.',
    ],
    examples: ['rapport cohort report submissions/', 'rapport cohort report submissions/ --format html --out cohort.html'],
    load: async () => (await import('./cohort.js')).run,
  },
  {
    name: 'new',
    summary: 'Write a commented starter scenario (valid as written, with tests).',
    usage: ['new <id> --category <category> [--dir scenarios]'],
    positionals: { names: ['id'], min: 1, max: 1 },
    options: {
      category: { type: 'string', value: 'category', description: 'e.g. irate-customer, pre-sales, ethics-dilemma, tiered-service, help-desk, outbound-follow-up.' },
      dir: { type: 'string', value: 'folder', description: 'Where to write <id>.yaml (default: scenarios).' },
    },
    details: ['Never overwrites: an existing file is an error. The guide is docs/authoring.md.'],
    examples: ['rapport new late-parcel --category irate-customer', 'rapport new vip-renewal --category tiered-service --dir my-scenarios'],
    load: async () => (await import('./new.js')).run,
  },
  {
    name: 'test',
    summary: "Run scenario tests: replies in, expected states, ending, score band and goals out.",
    usage: ['test [file-dir-or-id…] [--json]'],
    positionals: { names: ['file-dir-or-id'], min: 0, max: Infinity },
    options: {
      json: { type: 'boolean', description: 'Print {"ran", "passed", "failed", "suites"} as JSON.' },
    },
    details: [
      'Tests come from a scenario\'s "tests:" block and from <id>.test.yaml beside it. Default: the scenarios/ folder here, else $RAPPORT_HOME/scenarios, else the built-in scenarios.',
      'A failure shows the expected against the actual conversation. Zero cases run is a failure, not a pass.',
    ],
    examples: ['rapport test', 'rapport test scenarios/late-parcel.yaml', 'rapport test irate-double-charge'],
    load: async () => (await import('./test.js')).run,
  },
  {
    name: 'paths',
    summary: 'Show the shortest path to each ending and what kind of reply each step needs.',
    usage: ['paths <scenario> [--json]'],
    positionals: { names: ['scenario'], min: 1, max: 1 },
    options: {
      json: { type: 'boolean', description: 'Print {"scenario", "start", "paths": [{ending, kind, steps}]} as JSON.' },
    },
    details: ['<scenario> is a scenario id or a path to a .yaml file. Exit 1 when some ending cannot be reached.'],
    examples: ['rapport paths irate-double-charge', 'rapport paths scenarios/late-parcel.yaml --json'],
    load: async () => (await import('./paths.js')).run,
  },
];

/** Find a command spec by name. */
export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}
