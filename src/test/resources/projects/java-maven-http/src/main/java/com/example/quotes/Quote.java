package com.example.quotes;

public record Quote(int id, String author, String text) {
}
