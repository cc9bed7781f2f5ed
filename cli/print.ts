/** With --json, stdout carries exactly one JSON document and nothing else. */
export function printJson(document: unknown): void {
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
}
