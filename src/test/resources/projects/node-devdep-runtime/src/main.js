'use strict';

const ms = require('ms');
const config = require('./config');

const interval = ms(config.every);
const retained = ms(interval * config.keep, { long: true });
console.log(`backup-planner: every ${ms(interval, { long: true })} to ${config.target}, keeping ${config.keep} copies (${retained} of history)`);
