package org.example.isbn;

import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<String> input = args.length > 0 ? List.of(args)
                : List.of("0-306-40615-2", "978-0-306-40615-7", "0-8044-2957-X", "1-234-56789-0", "9781861972712");
        long valid = input.stream().filter(Isbn::isValid).count();
        String converted = input.stream().filter(Isbn::isValid).map(Isbn::toIsbn13).distinct()
                .reduce((a, b) -> a + "," + b).orElse("");
        System.out.println("isbn-tool: " + valid + " of " + input.size() + " valid; as ISBN-13: " + converted);
    }
}
