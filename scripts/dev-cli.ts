// Temporary: try `check` and `eval` before src/cli/main.ts is wired (npx tsx scripts/dev-cli.ts check "text").
import { runCheck } from '../src/cli/check';
import { runEval } from '../src/cli/eval';

const [command, ...args] = process.argv.slice(2);
const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
(command === 'eval' ? runEval(args, io) : runCheck(args, io)).then((code) => {
  process.exitCode = code;
});
