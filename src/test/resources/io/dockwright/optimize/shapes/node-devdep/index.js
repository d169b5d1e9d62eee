const ms = require('ms');
console.log('shape-devdep: ' + ms(60000) + ' from a dev dependency');
