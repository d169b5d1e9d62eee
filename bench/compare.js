// Prints Dockwright's JMH figures beside dockerfile-ast's for the same files, as a Markdown table.
'use strict';
const fs = require('fs');
const jmh = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const ast = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));

const ours = {};
for (const r of jmh) {
  const set = r.params.set;
  const kind = r.benchmark.endsWith('parseAndGraph') ? 'graph' : 'parse';
  (ours[set] = ours[set] || {})[kind] = r.primaryMetric.score / 1000; // us -> ms
}
const f = x => x < 1 ? x.toFixed(3) : x.toFixed(2);
console.log('| input | files | KiB | Dockwright parse (ms) | Dockwright parse + stage graph (ms) | dockerfile-ast 0.7.1 parse (ms) | speed-up, parse + graph vs dockerfile-ast |');
console.log('|---|---|---|---|---|---|---|');
for (const set of Object.keys(ast)) {
  const a = ast[set], o = ours[set] || {};
  console.log(`| ${set} | ${a.files} | ${(a.bytes / 1024).toFixed(1)} | ${f(o.parse)} | ${f(o.graph)} | ${f(a.msPerOp)} | ${(a.msPerOp / o.graph).toFixed(1)}x |`);
}
const scale = (s) => (s['lines10000'] / s['lines1000']).toFixed(2);
const oursGraph = { lines1000: ours.lines1000.graph, lines10000: ours.lines10000.graph };
const astMs = { lines1000: ast.lines1000.msPerOp, lines10000: ast.lines10000.msPerOp };
console.log('');
console.log(`Scaling, 10,000 vs 1,000 lines (10x the input): Dockwright parse + graph ${scale(oursGraph)}x the time, dockerfile-ast ${scale(astMs)}x.`);
