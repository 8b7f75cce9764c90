/** How content file paths become ids. Shared by the collections and the content check. */

/** `taiwan-bans-zoom/index.mdx` -> `taiwan-bans-zoom` */
export function folderId(entry: string): string {
  const parts = entry.split('/');
  return parts.length > 1 ? parts[parts.length - 2]! : entry;
}

/** `nyc-doe.yaml` -> `nyc-doe` */
export function fileId(entry: string): string {
  const base = entry.split('/').pop() ?? entry;
  return base.replace(/\.(ya?ml|mdx?|json)$/, '');
}
