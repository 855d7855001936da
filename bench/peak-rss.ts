// Preloaded into a measured child (`node --import ./bench/peak-rss.ts …`): at exit it reports the
// process's peak resident memory on stderr, where bench/measure.ts picks it up. DuckDB runs inside
// the same process, so its memory is included; no external tool (GNU time) is needed.
import { PEAK_RSS_MARK } from './peak-rss-mark';

process.on('exit', () => {
  process.stderr.write(`\n${PEAK_RSS_MARK}${process.resourceUsage().maxRSS}\n`);
});
