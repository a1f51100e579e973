// Stands in for `harper.js/binaryInlined` in the bundled app (alias in scripts/main-bundles.mjs):
// the WASM ships once as a file beside the evaluator worker instead of as a 21 MB base64 string
// inside it. A data URL, because harper.js reads file: URLs by their encoded pathname, which breaks
// on Windows drive letters and on install folders with spaces.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBinaryModuleFromUrl } from 'harper.js';

const wasm = path.join(path.dirname(fileURLToPath(import.meta.url)), 'harper_wasm_bg.wasm');

export const binaryInlined = createBinaryModuleFromUrl(
  `data:application/wasm;base64,${readFileSync(wasm).toString('base64')}`,
  'full',
);
