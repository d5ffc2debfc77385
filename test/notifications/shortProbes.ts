// Imported first: an unreachable provider is probed after 100 ms, then at most every 400 ms (the configuration is read once).
process.env.PROVIDER_PROBE_MIN_MS = '100';
process.env.PROVIDER_PROBE_MAX_MS = '400';
