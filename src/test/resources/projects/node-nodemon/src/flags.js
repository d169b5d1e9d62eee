'use strict';

const fs = require('fs');
const YAML = require('yaml');

function load(file) {
  return YAML.parse(fs.readFileSync(file, 'utf8')).flags;
}

// A stable bucket 0..99 per user and flag, so a user keeps the same answer between requests.
function bucket(user, flag) {
  let h = 2166136261;
  for (const ch of `${flag}:${user}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h % 100;
}

function evaluate(flags, user) {
  const out = {};
  for (const [name, f] of Object.entries(flags)) out[name] = f.enabled && bucket(user, name) < f.rollout;
  return out;
}

module.exports = { load, evaluate };
