/** A bounded load test (autocannon): 50 clients for BENCH_LOAD_SECONDS (20 s) on a page, a company page, an image and a CSV. */
import autocannon from 'autocannon';
import { LONGEST_COMPANY, PLANS_KEY } from './pages';
import { ORIGIN } from './shared';

const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);

export async function loadTest() {
  const targets = ['/', LONGEST_COMPANY, `/charts/${PLANS_KEY}/1920x1080-light.png`, '/data/figures.csv'];
  const results = [];
  for (const target of targets) {
    const r = await autocannon({ url: `${ORIGIN}${target}`, connections: 50, duration: LOAD_SECONDS });
    results.push({
      target,
      connections: 50,
      seconds: LOAD_SECONDS,
      requests: r.requests.total,
      requestsPerSecond: Math.round(r.requests.average),
      latencyP50Ms: r.latency.p50,
      latencyP99Ms: r.latency.p99,
      throughputMBps: Math.round((r.throughput.average / 1024 / 1024) * 10) / 10,
      errors: r.errors + r.timeouts + r.non2xx,
    });
    console.log(
      `· load ${target}: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms, errors ${r.errors + r.timeouts + r.non2xx}`,
    );
  }
  return results;
}
