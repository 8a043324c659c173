// Finding the CPython that the scripts compare pygil with ($PYTHON or
// python3, resolved to the real executable: `python3` may be a launcher).

import { spawnSync } from 'node:child_process';

/** The CPython executable; exits with status 2 (a setup error) when there is none. */
export function resolvePython(tool) {
  const candidate = process.env.PYTHON || 'python3';
  const r = spawnSync(candidate, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : (r.stderr || `exit code ${r.status}`).trim();
    console.error(`${tool}: cannot run ${candidate}: ${why}`);
    process.exit(2);
  }
  const exe = r.stdout.trim();
  return exe || candidate;
}

/** "3.11.7", or "?" when the executable does not answer. */
export function pythonVersion(exe) {
  const r = spawnSync(exe, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '?';
}
