package io.dockwright.examples;

import java.util.stream.IntStream;

/** Prints one checkable line: the Java feature version and a count computed at run time. */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        long primes = IntStream.range(2, 100).filter(Hello::isPrime).count();
        System.out.printf("java-maven: hello from Java %d (primes below 100: %d)%n", Runtime.version().feature(), primes);
    }

    static boolean isPrime(int n) {
        return IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0);
    }
}
