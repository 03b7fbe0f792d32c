// Preloaded into a measured process (node --require): reports its peak memory on exit,
// so the benchmark measures our build and bare Eleventy the same way, worker threads included.
process.on("exit", () => {
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
