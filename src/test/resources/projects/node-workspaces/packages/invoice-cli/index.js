'use strict';

const path = require('path');
const fs = require('fs');
const money = require('@invoicer/money');

const file = process.argv[2] || path.join(__dirname, 'sample-invoice.json');
const invoice = JSON.parse(fs.readFileSync(file, 'utf8'));

const net = money.sum(invoice.lines.map((l) => l.amount));
const gross = money.withTax(net, invoice.vatPercent);
console.log(`invoice ${invoice.number}: ${invoice.lines.length} lines, net ${money.format(net, invoice.currency)}, `
  + `gross ${money.format(gross, invoice.currency)}`);
