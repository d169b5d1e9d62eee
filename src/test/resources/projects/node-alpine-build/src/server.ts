import { createServer } from "node:http";

const services: Record<string, "up" | "degraded"> = { api: "up", search: "degraded", billing: "up" };

createServer((req, res) => {
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ path: req.url, services }));
}).listen(Number(process.env.PORT ?? 38131));
