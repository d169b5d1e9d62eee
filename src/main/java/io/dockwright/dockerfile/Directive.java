package io.dockwright.dockerfile;

/** A parser directive at the top of the file: {@code # syntax=...}, {@code # escape=`}, {@code # check=...}. */
public record Directive(String name, String value, Span span) {}
