/** What the CLI needs from its environment, so commands can be run in tests without a process. */
export interface CliIo {
  stdin: AsyncIterable<Uint8Array>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Set only when stderr is a terminal: a progress line (scan) may be drawn with it. */
  progress?: (text: string) => void;
  /** Environment variables (scan reads the IMAP password from SENDER_LENS_IMAP_PASSWORD). */
  env?: Record<string, string | undefined>;
  /** The script worker threads start from (the built CLI itself); absent = scan analyzes on the main thread. */
  workerEntry?: URL;
}
