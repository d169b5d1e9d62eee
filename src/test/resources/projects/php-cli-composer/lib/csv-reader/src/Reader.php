<?php

declare(strict_types=1);

namespace Treasury\Csv;

final class Reader
{
    /** @return \Generator<int, array<string, string>> rows keyed by the header, with their line numbers */
    public static function rows(string $path): \Generator
    {
        $handle = fopen($path, 'rb') ?: throw new \RuntimeException("cannot open $path");
        $header = fgetcsv($handle) ?: throw new \RuntimeException("$path: no header");
        $line = 1;
        while (($row = fgetcsv($handle)) !== false) {
            $line++;
            if ($row === [null]) {
                continue;
            }
            if (count($row) !== count($header)) {
                throw new \RuntimeException("$path:$line: " . count($row) . ' fields, header has ' . count($header));
            }
            yield $line => array_combine($header, $row);
        }
        fclose($handle);
    }
}
