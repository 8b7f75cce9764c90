/**
 * Preloaded into the `astro build` child of scripts/build.ts (node --import): when the wrapper dies,
 * even by SIGKILL, its IPC channel closes and the build stops with it, instead of writing on into a
 * staging folder nobody will swap in.
 */
if (process.connected) {
  process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
  // The channel must not keep Astro's process alive once the build is done.
  process.channel?.unref();
}
