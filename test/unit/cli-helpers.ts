/** Shared by the cli-*.test.ts suites: run the CLI in-process, and a small newsroom with every kind of finding. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../server/src/cli/cli';

export async function cli(args: string[], cwd: string) {
  const prev = process.cwd();
  process.chdir(cwd);
  let out = '',
    err = '';
  try {
    const code = await runCli(
      args,
      (s) => {
        out += s;
      },
      (s) => {
        err += s;
      },
    );
    return { code, out, err };
  } finally {
    process.chdir(prev);
  }
}

export const DRAFT = [
  '---',
  'title: Flood',
  '---',
  '',
  'The Tessel River broke its banks early on Saturday, forcing nearly 3,000 residents from their homes, according to the Regional Emergency Office.',
  '',
  '"The levee on the east side held longer than anyone expected," Mayor Ana Venn said.',
  '',
  'President Oleksandr Hrytsenko arrived on Sunday. Hritsenko promised funds.',
  '',
  '"We will rebuild every single home along the river before the first snow of the winter comes," Venn told reporters.',
  '',
  'Repairs will cost $12 million.',
  '',
  'Sources say the contractor had warned of weak spots.',
  '',
  '"Nobody should be sleeping in a car tonight."',
  '',
  'Officials expect the river to crest on Tuesday [@reo2062].',
  '',
].join('\n');

/** A temp folder with drafts/flood.md, drafts/clean.md and sources/. */
export function newsroom(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.mkdirSync(path.join(dir, 'drafts'));
  fs.mkdirSync(path.join(dir, 'sources'));
  fs.writeFileSync(path.join(dir, 'drafts', 'flood.md'), DRAFT);
  fs.writeFileSync(path.join(dir, 'drafts', 'clean.md'), '"We are ready," Ana Venn said.\n');
  fs.writeFileSync(
    path.join(dir, 'sources', 'venn.txt'),
    'Interview with Mayor Ana Venn.\n\nMAYOR VENN: The levee on the east side held much longer than anyone expected, and that bought us the hours we needed.\n',
  );
  fs.writeFileSync(
    path.join(dir, 'sources', 'reo.md'),
    '---\ntitle: Regional Emergency Office update\nsource: Regional Emergency Office\n---\n\nThe Regional Emergency Office said about 2,600 residents were evacuated from low-lying streets in Dunmore after the Tessel River broke its banks early Saturday.\n\nPresident Oleksandr Hritsenko is expected on Sunday.\n',
  );
  fs.writeFileSync(
    path.join(dir, 'sources', 'refs.json'),
    '[{"id":"reo2026","type":"report","title":"Damage assessment"}]',
  );
  return dir;
}
