// Times dockerfile-ast's DockerfileParser.parse on the files listed in argv[2] (one path per line),
// the same inputs Dockwright's JMH benchmark reads. Prints JSON: per file set, ms per op.
'use strict';
const fs = require('fs');
const { DockerfileParser } = require('dockerfile-ast');

function timeIt(contents, minMillis) {
  // warm-up, then as many whole passes as fit in minMillis
  const warmEnd = Date.now() + minMillis / 2;
  while (Date.now() < warmEnd) for (const c of contents) DockerfileParser.parse(c);
  let passes = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  do {
    for (const c of contents) DockerfileParser.parse(c);
    passes++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  } while (elapsed < minMillis);
  return elapsed / passes;
}

const sets = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const seconds = Number(process.argv[3] || 5);
const out = {};
for (const [name, files] of Object.entries(sets)) {
  const contents = files.map(f => fs.readFileSync(f, 'utf8'));
  const bytes = contents.reduce((n, c) => n + Buffer.byteLength(c), 0);
  out[name] = { msPerOp: timeIt(contents, seconds * 1000), bytes, files: files.length };
}
console.log(JSON.stringify(out, null, 2));
