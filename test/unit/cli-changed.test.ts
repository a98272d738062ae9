/** `onrecord check --changed [--base REF]` in a throw-away git repository. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { cli } from './cli-helpers';

const UNATTRIBUTED = 'More than 300 people came.\n';

describe('onrecord check --changed', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      [
        '-c',
        'user.name=Test',
        '-c',
        'user.email=test@example.invalid',
        '-c',
        'init.defaultBranch=main',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      {
        cwd: repo,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, GIT_DIR: undefined, GIT_WORK_TREE: undefined, GIT_INDEX_FILE: undefined },
      },
    );
  const write = (f: string, s: string) => {
    fs.mkdirSync(path.dirname(path.join(repo, f)), { recursive: true });
    fs.writeFileSync(path.join(repo, f), s);
  };
  const reported = async (args: string[], cwd = repo) => {
    const r = await cli(['check', ...args, '--format', 'json', '--fail-on', 'none'], cwd);
    assert.strictEqual(r.code, 0, r.err);
    return (JSON.parse(r.out).documents as { path: string }[]).map((d) => d.path.split(path.sep).join('/')).sort();
  };

  before(() => {
    repo = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-changed-')));
    git('init', '-q');
    write('drafts/a.md', UNATTRIBUTED);
    write('drafts/b.md', 'President Oleksandr Hritsenko spoke. Hritsenko left.\n');
    write('drafts/gone.md', UNATTRIBUTED);
    write('drafts/staged.md', UNATTRIBUTED);
    write('notes/n.md', UNATTRIBUTED);
    write('sources/s.md', 'A source.\n');
    write('.gitignore', 'drafts/ignored.md\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    git('branch', 'trunk');
    // on main after the branch point: a commit that touches notes/n.md
    write('notes/n.md', UNATTRIBUTED + 'Changed.\n');
    git('commit', '-q', '-am', 'later');
    // working-tree changes: a.md edited (spelling differs from b.md), c.md untracked, ignored.md ignored, gone.md deleted,
    // staged.md edited and staged, a source edited
    write('drafts/a.md', UNATTRIBUTED + 'President Oleksandr Hrytsenko arrived.\n');
    write('drafts/c.md', UNATTRIBUTED);
    write('drafts/ignored.md', UNATTRIBUTED);
    fs.unlinkSync(path.join(repo, 'drafts/gone.md'));
    write('drafts/staged.md', UNATTRIBUTED + 'Staged.\n');
    git('add', 'drafts/staged.md');
    write('sources/s.md', 'A changed source.\n');
  });

  it('checks only drafts changed against HEAD: edited, staged and untracked, not ignored, deleted or unchanged', async () => {
    assert.deepStrictEqual(await reported(['--changed']), ['drafts/a.md', 'drafts/c.md', 'drafts/staged.md']);
    // without --changed, everything
    assert.deepStrictEqual(await reported([]), [
      'drafts/a.md',
      'drafts/b.md',
      'drafts/c.md',
      'drafts/ignored.md',
      'drafts/staged.md',
      'notes/n.md',
    ]);
  });

  it('still restricts to the given paths, and works from a subfolder', async () => {
    write('notes/n2.md', UNATTRIBUTED);
    try {
      assert.deepStrictEqual(await reported(['drafts', '--changed']), [
        'drafts/a.md',
        'drafts/c.md',
        'drafts/staged.md',
      ]);
      assert.deepStrictEqual(await reported(['drafts/a.md', 'drafts/b.md', '--changed']), ['drafts/a.md']);
      assert.deepStrictEqual(await reported(['--changed'], path.join(repo, 'notes')), ['n2.md']);
    } finally {
      fs.unlinkSync(path.join(repo, 'notes/n2.md'));
    }
  });

  it('unchanged drafts still count for name consistency', async () => {
    const r = await cli(['check', '--changed', '--format', 'json', '--fail-on', 'none'], repo);
    const a = JSON.parse(r.out).documents.find((d: { path: string }) => d.path.endsWith('a.md'));
    assert.ok(
      a.diagnostics.some(
        (x: { code: string; message: string }) => x.code === 'name-inconsistent' && /Hritsenko/.test(x.message),
      ),
      JSON.stringify(a.diagnostics),
    );
  });

  it('--base REF: changed since the merge base of REF and HEAD, plus the working tree', async () => {
    // notes/n.md changed on main after trunk branched off: included against trunk, not against HEAD
    assert.deepStrictEqual(await reported(['--changed', '--base', 'trunk']), [
      'drafts/a.md',
      'drafts/c.md',
      'drafts/staged.md',
      'notes/n.md',
    ]);
    assert.deepStrictEqual(await reported(['--base', 'HEAD']), ['drafts/a.md', 'drafts/c.md', 'drafts/staged.md']);
    // trunk moves on with its own change to b.md: the merge base keeps it out
    git('checkout', '-q', 'trunk');
    try {
      git('stash', '-q', '-u');
      write('drafts/b.md', 'Trunk only.\n');
      git('commit', '-q', '-am', 'trunk change');
      git('checkout', '-q', 'main');
      git('stash', 'pop', '-q');
    } catch (e) {
      git('checkout', '-q', '-f', 'main');
      throw e;
    }
    assert.deepStrictEqual(await reported(['--changed', '--base', 'trunk']), [
      'drafts/a.md',
      'drafts/c.md',
      'drafts/staged.md',
      'notes/n.md',
    ]);
  });

  it('text output says when nothing changed', async () => {
    const clean = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-changed-clean-')));
    const prev = repo;
    repo = clean;
    try {
      git('init', '-q');
      write('d.md', UNATTRIBUTED);
      const fresh = await cli(['check', '--changed', '--fail-on', 'warning'], clean);
      assert.strictEqual(fresh.code, 1, 'a repository without commits: every file is new');
      git('add', '-A');
      git('commit', '-q', '-m', 'one');
      const r = await cli(['check', '--changed', '--fail-on', 'warning'], clean);
      assert.strictEqual(r.code, 0, r.err);
      assert.match(r.err, /no changed drafts/);
      assert.match(r.out, /^0 documents/);
    } finally {
      repo = prev;
      fs.rmSync(clean, { recursive: true, force: true });
    }
  });

  it('exits 2 with a clear message outside a git repository or with an unknown --base', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-nogit-'));
    fs.writeFileSync(path.join(outside, 'd.md'), UNATTRIBUTED);
    const prevCeiling = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = path.dirname(outside); // the temp folder might sit inside some repository
    try {
      const r = await cli(['check', '--changed'], outside);
      assert.strictEqual(r.code, 2);
      assert.match(r.err, /--changed needs a git repository/);
      assert.strictEqual(r.out, '');
    } finally {
      if (prevCeiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = prevCeiling;
      fs.rmSync(outside, { recursive: true, force: true });
    }
    const b = await cli(['check', '--changed', '--base', 'no-such-branch'], repo);
    assert.strictEqual(b.code, 2);
    assert.match(b.err, /--base: 'no-such-branch' is not a commit/);
  });

  after(() => {
    fs.rmSync(repo, { recursive: true, force: true });
  });
});
