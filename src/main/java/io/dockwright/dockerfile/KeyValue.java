package io.dockwright.dockerfile;

/**
 * A pair of ENV, LABEL or ARG. {@code value} is raw (quotes kept, as BuildKit's dump shows it) and null
 * for an ARG without default; {@code separator} is {@code "="} or {@code ""} for the legacy
 * {@code ENV k v} form.
 */
public record KeyValue(String key, String value, String separator, Span span) {}
