// The npm mirror on our machines serves only the linux-glibc builds of packages that ship one
// binary per platform (Biome), so `npm install` leaves the other platforms' optional packages out
// of package-lock.json and `npm ci` then refuses the lock as out of sync. This adds those entries
// with their os/cpu/libc, so npm skips them on Linux exactly as it would with a full registry.
// Run after changing dependencies: node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const platform = /-(android|darwin|freebsd|linux|win32)-(arm64|x64|ia32|arm)(?:-(musl|gnu|msvc))?$/;
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const match = platform.exec(name);
    if (lock.packages[key] || !match) continue;
    const [, os, cpu, libc] = match;
    lock.packages[key] = {
      version,
      cpu: [cpu],
      ...(entry.dev ? { dev: true } : {}),
      ...(libc === 'musl' ? { libc: ['musl'] } : {}),
      optional: true,
      os: [os],
    };
    added += 1;
    console.log(`added ${key}@${version} (${os} ${cpu}${libc ? ` ${libc}` : ''}) for ${path || 'the project'}`);
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${added} platform package(s) added`);
