import { runCli } from './cli';
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`onrecord: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
