// What the interpreter core needs from its host (Node, a browser, a test):
// output sinks and input. The core itself imports no Node API.

export interface Host {
  /** Throws StdoutClosed when nobody reads standard output any more. */
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads one line of standard input including its newline; '' at end of input. */
  readLine(): string;
  /** For --realtime: the host's monotonic clock in ns, and a real (blocking) sleep. */
  monotonicNs?(): number;
  sleepNs?(ns: number): void;
}

/**
 * What a host's stdout() throws when the reader has gone (EPIPE: the other
 * end of a pipe closed, as with `pygil run prog.py | head -1`). The process
 * turns it into the BrokenPipeError CPython's write raises.
 */
export class StdoutClosed extends Error {}

/** A host that collects output in memory and serves input from a string. */
export class BufferHost implements Host {
  out: string[] = [];
  err: string[] = [];
  private pos = 0;
  constructor(private input = '') {}
  stdout(text: string): void {
    this.out.push(text);
  }
  stderr(text: string): void {
    this.err.push(text);
  }
  readLine(): string {
    if (this.pos >= this.input.length) return '';
    const nl = this.input.indexOf('\n', this.pos);
    const end = nl < 0 ? this.input.length : nl + 1;
    const line = this.input.slice(this.pos, end);
    this.pos = end;
    return line;
  }
  get stdoutText(): string {
    return this.out.join('');
  }
  get stderrText(): string {
    return this.err.join('');
  }
}
