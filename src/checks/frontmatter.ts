/** The YAML between the opening `---` lines of an MDX file, or undefined when there is none. */
export function frontmatterBlock(source: string): string | undefined {
  return /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source)?.[1];
}
