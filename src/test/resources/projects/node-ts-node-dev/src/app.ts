import http from 'http';
import { workdaysBetween } from './calendar';

const port = parseInt(process.env.PORT || '3000', 10);

const server = http.createServer((req, res) => {
  const url = new URL(req.url || '/', `http://${req.headers.host}`);
  if (url.pathname !== '/workdays') {
    res.statusCode = 404;
    res.end('not found\n');
    return;
  }
  try {
    const answer = workdaysBetween(url.searchParams.get('from') || '', url.searchParams.get('to') || '');
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(answer));
  } catch (e) {
    res.statusCode = 400;
    res.end(`${(e as Error).message}\n`);
  }
});

server.listen(port, () => console.log(`workdays api ready on ${port}`));
