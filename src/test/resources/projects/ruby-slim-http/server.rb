# Parking fee API: GET /fee?zone=centre&minutes=95 -> JSON. Plain sockets, one thread per connection.
require "json"
require "socket"
require "uri"
require "tariffs"

TARIFFS = Tariffs.load(File.join(__dir__, "config", "tariffs.yml"))
PORT = Integer(ENV.fetch("PORT", "38111"))

def respond(client, status, body)
  reason = { 200 => "OK", 400 => "Bad Request", 404 => "Not Found" }.fetch(status)
  client.write "HTTP/1.1 #{status} #{reason}\r\nContent-Type: application/json\r\n" \
               "Content-Length: #{body.bytesize}\r\nConnection: close\r\n\r\n#{body}"
end

def handle(client)
  request = client.gets.to_s
  while (line = client.gets) && line != "\r\n"; end
  _, target = request.split(" ", 3)
  uri = URI.parse(target.to_s)
  query = URI.decode_www_form(uri.query.to_s).to_h
  case uri.path
  when "/healthz" then respond(client, 200, %({"ok":true}))
  when "/fee"
    tariff = TARIFFS[query["zone"]] or return respond(client, 404, %({"error":"unknown zone"}))
    minutes = Integer(query.fetch("minutes", ""), exception: false) or return respond(client, 400, %({"error":"minutes"}))
    respond(client, 200, JSON.generate(zone: tariff.zone, minutes: minutes, fee_cents: tariff.fee_cents(minutes)))
  else respond(client, 404, %({"error":"not found"}))
  end
rescue URI::InvalidURIError
  respond(client, 400, %({"error":"bad request"}))
ensure
  client.close
end

server = TCPServer.new("0.0.0.0", PORT)
$stdout.sync = true
puts "tariff-api on #{PORT} with zones #{TARIFFS.keys.join(',')}"
loop { Thread.new(server.accept) { |c| handle(c) } }
