#!/usr/bin/env node
// Pulso is written in TypeScript and runs without a build step: tsx compiles each module on load.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv);
