/** The part of a `commands.Command` the options page shows. */
interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

/**
 * The keyboard shortcuts the options page lists: the extension's `focus-*` commands (the
 * others, like opening the popup, the browser lists itself), each with what is known of it.
 */
export function focusShortcuts(commands: readonly Command[]) {
  return commands
    .filter((c) => c.name?.startsWith('focus-'))
    .map((c) => ({
      name: c.name ?? '',
      description: c.description ?? '',
      shortcut: c.shortcut ?? '',
    }));
}
