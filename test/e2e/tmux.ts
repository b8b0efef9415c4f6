/**
 * Driving a program in a real pseudo-terminal through tmux, as a person
 * would: type, press keys, read the screen. Every session lives on a private
 * tmux server (its own socket), so nothing touches the user's own tmux.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** True when the tmux binary is on PATH. */
export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;
}

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export interface PaneOptions {
  socket: string;
  name: string;
  width: number;
  height: number;
  /** Environment for the program; CI is always removed (Ink draws nothing under CI=true). */
  env: Record<string, string>;
  cwd: string;
}

/** One program running in one tmux pane. */
export class TmuxPane {
  // tmux's own #{pane_dead_status} is sometimes never filled in (the pty closes
  // before the child is reaped), so a bash wrapper records the exit status.
  private readonly statusDir = mkdtempSync(path.join(tmpdir(), 'rapport-tmux-'));
  private readonly statusFile = path.join(this.statusDir, 'status');

  constructor(private readonly options: PaneOptions) {}

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.options.socket, ...args], { encoding: 'utf8' });
  }

  /** Starts `argv` in a new detached session; the pane stays after the program exits. */
  start(argv: readonly string[]): void {
    const env = Object.entries(this.options.env).map(([k, v]) => `${k}=${quote(v)}`);
    const program = `env -u CI ${env.join(' ')} ${argv.map(quote).join(' ')}`;
    // bash waits for the program and then writes its status (a signal shows as 128+n).
    const script = `cd ${quote(this.options.cwd)} && ${program}; echo $? > ${quote(this.statusFile)}`;
    const command = `exec bash -c ${quote(script)}`;
    const args = ['-f', '/dev/null', 'new-session', '-d', '-s', this.options.name, '-x', String(this.options.width), '-y', String(this.options.height), command];
    // When the previous session was the server's last, the server is shutting
    // down and a new client can race it ("server exited unexpectedly"): retry.
    for (let attempt = 1; ; attempt++) {
      const result = spawnSync('tmux', ['-L', this.options.socket, ...args], { encoding: 'utf8' });
      if (result.status === 0) break;
      if (attempt >= 10) throw new Error(`tmux new-session failed: ${result.stderr}`);
      spawnSync('sleep', ['0.2']);
    }
    this.tmux('set-option', '-t', this.options.name, 'remain-on-exit', 'on');
  }

  /** The visible screen as text. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.options.name);
  }

  /** Types literal text (no key names interpreted). */
  type(text: string): void {
    this.tmux('send-keys', '-t', this.options.name, '-l', text);
  }

  /** Pastes text in one write, as a terminal paste arrives (tmux turns each \n into \r). */
  paste(text: string): void {
    this.tmux('set-buffer', '-b', 'paste', text);
    this.tmux('paste-buffer', '-d', '-b', 'paste', '-t', this.options.name);
  }

  /** Presses keys by tmux name: Enter, Escape, C-c, Down… */
  press(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.options.name, ...keys);
  }

  /** True once the program in the pane has exited. */
  exited(): boolean {
    return existsSync(this.statusFile) && readFileSync(this.statusFile, 'utf8').endsWith('\n');
  }

  /** Exit status of the program once it has exited. */
  exitStatus(): number | null {
    if (!this.exited()) return null;
    return Number(readFileSync(this.statusFile, 'utf8').trim());
  }

  resize(width: number, height: number): void {
    this.tmux('resize-window', '-t', this.options.name, '-x', String(width), '-y', String(height));
  }

  /** Polls the screen until `test` holds; throws with the last screen after `timeoutMs`. */
  async waitFor(test: (screen: string) => boolean, timeoutMs = 10_000, what = 'the expected screen'): Promise<string> {
    const start = Date.now();
    let last = '';
    while (Date.now() - start < timeoutMs) {
      last = this.screen();
      if (test(last)) return last;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Screen:\n${last}`);
  }

  /** Closes the terminal under the program, as closing its window or losing the connection does (it gets SIGHUP). */
  hangUp(): void {
    spawnSync('tmux', ['-L', this.options.socket, 'kill-session', '-t', this.options.name], { stdio: 'ignore' });
  }

  /**
   * Ends the session and waits (up to 10 s) for the program in it to exit: on the hang-up it may still be saving
   * a conversation, and a test that removes its home folder meanwhile would race the write.
   */
  async stop(): Promise<void> {
    const programs = this.programPids();
    this.kill();
    const alive = (pid: number): boolean => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    const start = Date.now();
    while (programs.some(alive) && Date.now() - start < 10_000) await new Promise((r) => setTimeout(r, 50));
  }

  /** The processes the pane's shell started (the program under test), while the session is up. */
  private programPids(): number[] {
    const pane = spawnSync('tmux', ['-L', this.options.socket, 'display-message', '-p', '-t', this.options.name, '#{pane_pid}'], { encoding: 'utf8' });
    const shell = Number(pane.stdout.trim());
    if (pane.status !== 0 || !Number.isInteger(shell) || shell <= 0) return [];
    const children = spawnSync('pgrep', ['-P', String(shell)], { encoding: 'utf8' });
    return [shell, ...children.stdout.split('\n').filter(Boolean).map(Number)];
  }

  /** Ends the session (and the private server when it has no other sessions). */
  kill(): void {
    spawnSync('tmux', ['-L', this.options.socket, 'kill-session', '-t', this.options.name], { stdio: 'ignore' });
    rmSync(this.statusDir, { recursive: true, force: true });
  }
}
