// Fails when src/lib/api/schema.d.ts is not what `npm run generate` makes from ../openapi.yaml,
// so a change to the service's contract cannot slip past the typed client unnoticed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'src', 'lib', 'api', 'schema.d.ts');
const dir = mkdtempSync(join(tmpdir(), 'throughline-api-'));
const fresh = join(dir, 'schema.d.ts');
const bin = (name) => join(root, 'node_modules', '.bin', name);

try {
  execFileSync(
    bin('openapi-typescript'),
    [join(root, '..', 'openapi.yaml'), '--properties-required-by-default', '-o', fresh],
    { stdio: 'ignore' },
  );
  const formatted = execFileSync(bin('prettier'), ['--stdin-filepath', committed], {
    input: readFileSync(fresh),
  }).toString();
  if (formatted !== readFileSync(committed, 'utf8')) {
    console.error(
      'src/lib/api/schema.d.ts is out of date with ../openapi.yaml: run `npm run generate`.',
    );
    process.exitCode = 1;
  } else {
    console.log('The typed API client matches ../openapi.yaml.');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
