#!/usr/bin/env node
'use strict';

const { Command } = require('commander');
const { slugify } = require('../lib/slug');
const pkg = require('../package.json');

const program = new Command();
program
  .name('slugger')
  .version(pkg.version)
  .option('-s, --separator <char>', 'word separator', '-')
  .argument('<title...>', 'titles to turn into slugs')
  .action((titles, opts) => {
    for (const title of titles) {
      console.log(`slugger ${pkg.version}: ${slugify(title, opts.separator)}`);
    }
  });

program.parse();
