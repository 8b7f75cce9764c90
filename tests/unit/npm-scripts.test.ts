/**
 * The npm scripts run in any shell npm uses: sh on Linux and macOS, cmd.exe on Windows. cmd.exe has no
 * `VAR=value command` (POSIX) nor `export`, `$VAR` or single-quoted arguments; scripts/*.ts set
 * variables instead (scripts/astro.ts for dev and preview).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const scripts = Object.entries(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>);

describe('package.json scripts', () => {
  it.each(scripts)('%s: no POSIX-only shell syntax', (_name, command) => {
    expect(command).not.toMatch(/(^|&&|\|\||;)\s*[A-Za-z_][A-Za-z0-9_]*=/); // VAR=value cmd
    expect(command).not.toMatch(/\bexport\s|\$[A-Za-z_{]|'|\brm -|\bcp -|\bmkdir -p/);
  });
});
