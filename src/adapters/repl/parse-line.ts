/**
 * What one REPL line asks for: nothing (blank), a `:command`, or a question.
 * Commands are recognised only as a whole line, so a question that merely
 * contains a colon is still a question.
 */
export type ReplCommand = 'sources' | 'reload' | 'help' | 'new' | 'quit';

export type ReplLine =
  | { kind: 'blank' }
  | { kind: 'command'; command: ReplCommand }
  | { kind: 'unknown-command'; text: string }
  | { kind: 'question'; text: string };

const commands: Record<string, ReplCommand> = {
  sources: 'sources',
  reload: 'reload',
  help: 'help',
  new: 'new',
  '?': 'help',
  quit: 'quit',
  exit: 'quit',
  q: 'quit',
};

export function parseReplLine(line: string): ReplLine {
  const text = line.trim();
  if (text === '') return { kind: 'blank' };
  // A full-width colon is what a Japanese IME types for ":".
  const command = /^[:：]\s*(\S+)$/u.exec(text);
  if (command) {
    const name = (command[1] ?? '').normalize('NFKC').toLowerCase();
    const known = commands[name];
    return known ? { kind: 'command', command: known } : { kind: 'unknown-command', text };
  }
  return { kind: 'question', text: line };
}
