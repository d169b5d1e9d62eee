package com.example.quotes;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/** Serves the quote list as JSON: GET /quotes, GET /quotes/{id}. */
public final class QuoteServer {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        List<Quote> quotes = load();
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/quotes", exchange -> handle(exchange, quotes));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("quote-service " + QuoteServer.class.getPackage().getImplementationVersion()
                + " listening on " + port + " with " + quotes.size() + " quotes");
    }

    private static List<Quote> load() throws IOException {
        try (InputStream in = QuoteServer.class.getResourceAsStream("/quotes.json")) {
            return JSON.readValue(in, new TypeReference<>() { });
        }
    }

    private static void handle(HttpExchange exchange, List<Quote> quotes) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().split("/");
        Object body;
        int status = 200;
        if (parts.length <= 2) {
            body = Map.of("count", quotes.size(), "quotes", quotes);
        } else {
            body = quotes.stream().filter(q -> String.valueOf(q.id()).equals(parts[2])).findFirst().orElse(null);
            if (body == null) {
                status = 404;
                body = Map.of("error", "no quote " + parts[2]);
            }
        }
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
