'use strict';

const Decimal = require('decimal.js');

// Amounts are kept as decimals: 0.1 + 0.2 must be 0.30 on an invoice.
function sum(amounts) {
  return amounts.reduce((total, a) => total.plus(a), new Decimal(0));
}

function withTax(amount, ratePercent) {
  return new Decimal(amount).times(new Decimal(ratePercent).dividedBy(100).plus(1));
}

function format(amount, currency) {
  return `${new Decimal(amount).toFixed(2)} ${currency}`;
}

module.exports = { sum, withTax, format };
