// Summarises CHANGELOG.md for the release bot: releases, and how many entries of each kind.
import { readFile } from 'node:fs/promises';
import { marked } from 'marked';

const tokens = marked.lexer(await readFile(new URL('./CHANGELOG.md', import.meta.url), 'utf8'));
const releases = [];
let section = null;
for (const t of tokens) {
  if (t.type === 'heading' && t.depth === 2) releases.push({ name: t.text.split(' ')[0], counts: {} });
  else if (t.type === 'heading' && t.depth === 3) section = t.text.toLowerCase();
  else if (t.type === 'list' && releases.length) {
    const r = releases.at(-1);
    r.counts[section] = (r.counts[section] ?? 0) + t.items.length;
  }
}
const latest = releases[0];
const parts = Object.entries(latest.counts).map(([k, n]) => `${n} ${k}`).join(', ');
console.log(`changelog-digest on node ${process.versions.node.split('.')[0]}: ${releases.length} releases, latest ${latest.name} (${parts})`);
