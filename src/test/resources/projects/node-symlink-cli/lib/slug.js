'use strict';

// Lower-case ASCII words joined by a separator; accents are folded first.
function slugify(title, separator = '-') {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(separator);
}

module.exports = { slugify };
