// The `warden` command. `check` and `eval` need no database or Redis; `keys` uses DATABASE_URL.
// Each command's module is loaded only when it runs: `keys` pulls in the configuration, Prisma and pg
// (~50 ms of start-up), which `warden check` must not pay for.
import type { CliIo } from './io';

const HELP = `warden: comment moderation against a published policy

  warden check                  read JSON lines {"id","text"} on stdin, write one verdict line each
  warden check "some text"      check one text and explain the verdict
  warden eval --data FILE.jsonl --label labels.insult [--category personal_attack]
                                measure precision, recall and F1 of the policy on labelled data
  warden keys create --role site|moderator|admin --name NAME
  warden keys list | warden keys revoke ID
`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'check':
      return (require('./check') as typeof import('./check')).runCheck(args, io);
    case 'eval':
      return (require('./eval') as typeof import('./eval')).runEval(args, io);
    case 'keys':
      return (require('./keys') as typeof import('./keys')).runKeys(args, io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout.write(HELP);
      return command === undefined ? 2 : 0;
    default:
      io.stderr.write(`warden: unknown command "${command}"\n${HELP}`);
      return 2;
  }
}

if (require.main === module) {
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`warden: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
