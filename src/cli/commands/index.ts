import type { Command } from 'commander';

/**
 * Every CLI command. A command lives in its own file in this folder and exports
 * `register(program)`, which adds it with a description, options and examples for --help.
 * Keep the action's heavy imports inside the action so that `leakwatch --help` starts fast.
 */
export type Register = (program: Command) => void;

export const commands: Register[] = [];
