import { createServer, ServerResponse } from 'http';
import { convert } from './units';

const port = Number(process.env.PORT ?? 8080);

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/convert') return send(res, 404, { error: 'try /convert?value=1&from=mi&to=km' });
  const value = Number(url.searchParams.get('value'));
  const from = url.searchParams.get('from') ?? '';
  const to = url.searchParams.get('to') ?? '';
  try {
    const result = Math.round(convert(value, from, to) * 1000) / 1000;
    send(res, 200, { value, from, to, result });
  } catch (e) {
    send(res, 400, { error: (e as Error).message });
  }
}).listen(port, () => console.log(`unit-converter-api on :${port}`));
