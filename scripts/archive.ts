/**
 * npm run archive [-- --base URL] [--interval SECONDS] [--poll SECONDS] [--limit N] [--dry-run]
 *
 * Submits every source address in content/ without a recorded snapshot to the Wayback Machine's Save
 * Page Now API and writes the snapshot's address and day back into the YAML (archiveUrl, archived).
 * Needs the network. Set WAYBACK_ACCESS_KEY and WAYBACK_SECRET_KEY (archive.org/account/s3.php) for
 * the authenticated limits; WAYBACK_BASE_URL or --base points it elsewhere (the tests use a local stub).
 * Resumable: re-running skips every source that already has a snapshot.
 */
import { parseArgs } from 'node:util';
import { runArchive } from './lib/archive-run.ts';
import { savePage } from './lib/wayback.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.WAYBACK_BASE_URL ?? 'https://web.archive.org' },
    interval: { type: 'string', default: '10' },
    poll: { type: 'string', default: '5' },
    'max-polls': { type: 'string', default: '36' },
    limit: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    root: { type: 'string', default: process.cwd() },
  },
});

const seconds = (name: string, v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) {
    console.error(`--${name}: "${v}" is not a number of seconds (e.g. --${name} 10)`);
    process.exit(2);
  }
  return n * 1000;
};
const { WAYBACK_ACCESS_KEY: access, WAYBACK_SECRET_KEY: secret } = process.env;
const authorization = access && secret ? `LOW ${access}:${secret}` : undefined;
if (!authorization && !values['dry-run']) console.log('No WAYBACK_ACCESS_KEY/WAYBACK_SECRET_KEY: submitting anonymously (lower limits).');

const result = await runArchive({
  root: values.root,
  intervalMs: seconds('interval', values.interval),
  limit: values.limit === undefined ? undefined : Number(values.limit),
  dryRun: values['dry-run'],
  log: (line) => console.log(line),
  capture: (url) => savePage(url, { base: values.base, authorization, pollMs: seconds('poll', values.poll), maxPolls: Number(values['max-polls']) }),
});
if (values['dry-run']) process.exit(0);
console.log(
  `Done: ${result.captured.length} archived, ${result.reused.length} copied from another record, ${result.failed.length} failed, ${result.remaining} still without a snapshot.`,
);
if (result.failed.length > 0 || result.stoppedByRateLimit) process.exitCode = 1;
