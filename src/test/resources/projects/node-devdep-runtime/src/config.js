'use strict';

const path = require('path');

// Local development reads .env; in the container the defaults file is all there is.
// (dotenv ended up in devDependencies when it was added "for dev only".)
require('dotenv').config({ path: path.join(__dirname, '..', 'backup.env') });

module.exports = {
  every: process.env.BACKUP_EVERY || '1d',
  keep: Number(process.env.BACKUP_KEEP || 7),
  target: process.env.BACKUP_TARGET || 'local',
};
