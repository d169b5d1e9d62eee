import json
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from . import __version__
from .rates import load_zones

CONFIG = os.environ.get("PRICING_CONFIG", "/etc/pricing/pricing.ini")
ZONES = load_zones(CONFIG)


class Handler(BaseHTTPRequestHandler):
    server_version = f"pricing/{__version__}"

    def do_GET(self):
        url = urlparse(self.path)
        if url.path != "/quote":
            return self.reply(404, {"error": "use /quote?zone=eu&kg=2.5&basket=3500"})
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        zone = ZONES.get(q.get("zone", ""))
        if zone is None:
            return self.reply(400, {"error": f"unknown zone, try one of {sorted(ZONES)}"})
        cents = zone.quote(float(q.get("kg", 1)), int(q.get("basket", 0)))
        return self.reply(200, {"zone": zone.name, "shipping_cents": cents, "config": CONFIG})

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, fmt, *args):
        print("pricing:", fmt % args, flush=True)


def main():
    port = int(os.environ.get("PORT", "8000"))
    print(f"pricing {__version__}: {len(ZONES)} zones from {CONFIG}, port {port}", flush=True)
    ThreadingHTTPServer(("0.0.0.0", port), Handler).serve_forever()


if __name__ == "__main__":
    main()
