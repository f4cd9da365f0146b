// Prints the recogniser's compiled indexes as one JSON object: the name of each build-time constant -> its
// serialised snapshot. vite.config.ts runs this in a child process at build time (so the config imports no project
// sources) and defines each constant, which the accessors then hydrate. Usage: node bin/run-ts.mjs scripts/entity-snapshots.ts
import { buildEntitySnapshots, SNAPSHOT_DEFINES, type EntitySnapshots } from '../src/core/entities/snapshot-build';

const snapshots = buildEntitySnapshots();
const out: Record<string, string> = {};
for (const [key, constant] of Object.entries(SNAPSHOT_DEFINES)) out[constant] = snapshots[key as keyof EntitySnapshots];
process.stdout.write(JSON.stringify(out));
