import express from 'express';
import { readFileSync } from 'fs';
import path from 'path';

type State = 'operational' | 'degraded' | 'outage';
interface Service { name: string; state: State; note?: string }

const services: Service[] = JSON.parse(readFileSync(path.join(__dirname, '..', 'services.json'), 'utf8'));
const rank: Record<State, number> = { operational: 0, degraded: 1, outage: 2 };

const app = express();
app.disable('x-powered-by');

app.get('/api/status', (_req, res) => {
  const worst = services.reduce<State>((w, s) => (rank[s.state] > rank[w] ? s.state : w), 'operational');
  res.json({ overall: worst, services, checkedAt: new Date().toISOString() });
});

app.get('/healthz', (_req, res) => res.send('ok'));

const port = Number(process.env.PORT) || 3000;
app.listen(port, () => console.log(`status-page ${process.env.npm_package_version ?? ''} on ${port}`));
