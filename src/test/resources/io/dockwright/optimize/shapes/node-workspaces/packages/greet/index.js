const ms = require('ms');

module.exports = () => 'shape-workspaces: hello from a workspace package (' + ms(90000) + ')';
