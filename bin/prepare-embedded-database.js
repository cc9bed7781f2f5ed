#!/usr/bin/env node
// npm postinstall: prepares the embedded database template so that the first `npm start` is fast.
// It never fails the install: without the template, Pulso creates its database the slow way.
import { register } from 'tsx/esm/api';

register();
try {
  const { prepareEmbeddedTemplate } = await import('../db/embedded-template.ts');
  const { created } = await prepareEmbeddedTemplate();
  if (created) process.stdout.write('Pulso: banco de dados embutido preparado.\n');
} catch (error) {
  process.stderr.write(`Pulso: não foi possível preparar o banco embutido agora (${error instanceof Error ? error.message : error}); ele será criado no primeiro início.\n`);
}
