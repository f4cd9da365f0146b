#!/usr/bin/env node
// The finlens CLI runs the TypeScript core directly through tsx, so it works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
