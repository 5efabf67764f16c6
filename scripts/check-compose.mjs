#!/usr/bin/env node
// Validates docker-compose.yml with docker-compose's own parser (Debian package `docker-compose`).
import { spawnSync } from 'node:child_process';

const result = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], {
  stdio: 'inherit',
});
if (result.error) {
  console.error('✖ docker-compose fehlt / missing: apt-get install -y docker-compose');
  process.exit(1);
}
if (result.status !== 0) {
  console.error('✖ docker-compose.yml ist ungültig / is invalid');
  process.exit(result.status ?? 1);
}
console.log('✔ docker-compose.yml ok');
