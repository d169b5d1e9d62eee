'use strict';

const fs = require('fs');
const Ajv = require('ajv');
const defineKeywords = require('ajv-keywords');

const ajv = new Ajv({ allErrors: true });
defineKeywords(ajv, ['range']);
const validate = ajv.compile(JSON.parse(fs.readFileSync(`${__dirname}/schema.json`, 'utf8')));

const readings = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const rejected = [];
for (const [i, reading] of readings.entries()) {
  if (!validate(reading)) rejected.push(`#${i + 1} (${validate.errors.map((e) => e.instancePath || e.keyword).join(' ')})`);
}
console.log(`reading-validator: ${readings.length - rejected.length} of ${readings.length} valid; rejected ${rejected.join(', ')}`);
