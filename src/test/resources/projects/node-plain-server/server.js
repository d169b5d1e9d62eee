'use strict';

const http = require('http');
const path = require('path');
const fs = require('fs');
const mime = require('mime-types');

const port = Number(process.env.PORT || 3000);
const links = JSON.parse(fs.readFileSync(path.join(__dirname, 'data', 'links.json'), 'utf8'));
const started = Date.now();

function json(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/healthz') return json(res, 200, { ok: true, uptimeMs: Date.now() - started });
  const match = url.pathname.match(/^\/api\/links\/([a-z0-9-]+)$/);
  if (!match) return json(res, 404, { error: 'not found' });
  const target = links[match[1]];
  if (!target) return json(res, 404, { error: `no link ${match[1]}` });
  return json(res, 200, {
    code: match[1],
    target,
    type: mime.lookup(new URL(target).pathname) || 'text/html',
    servedAt: new Date().toISOString(),
  });
});

server.listen(port, () => console.log(`shortlinks listening on ${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
