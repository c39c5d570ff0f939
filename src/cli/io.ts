/** What the CLI needs from its environment, so commands can be run in tests without a process. */
export interface CliIo {
  stdin: AsyncIterable<Uint8Array>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
