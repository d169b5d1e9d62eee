'use strict';

const http = require('http');
const path = require('path');
const { load, evaluate } = require('./flags');

const flags = load(path.join(__dirname, '..', 'flags.yaml'));
const port = Number(process.env.PORT || 4000);

http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname !== '/flags') {
    res.writeHead(404).end();
    return;
  }
  const user = url.searchParams.get('user') || 'anonymous';
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ user, flags: evaluate(flags, user) }));
}).listen(port, () => console.log(`feature-flags listening on ${port}`));
