/**
 * What a command may touch, passed in so tests (and the Ink app) can swap it.
 */

/** Streams and environment a command runs with. */
export interface CliIo {
  stdout: NodeJS.WriteStream | NodeJS.WritableStream;
  stderr: NodeJS.WriteStream | NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The real process streams. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/**
 * Write and wait for the stream to drain when its buffer is full, so a large
 * output piped to a slow reader neither balloons memory nor gets cut off.
 */
export async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) {
    await new Promise<void>((resolve) => stream.once('drain', resolve));
  }
}

/**
 * JSON for stdout: indented for a person at a terminal, compact when piped
 * (10,000 sessions indented is twice the bytes for no reader's benefit).
 */
export function toJson(value: unknown, stream: CliIo['stdout']): string {
  return `${JSON.stringify(value, null, (stream as NodeJS.WriteStream).isTTY ? 2 : undefined)}\n`;
}
