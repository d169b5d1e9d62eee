<?php

namespace Reach\Devtools;

/** A development-only helper (stands in for phpunit or php-cs-fixer). */
final class Lint
{
    public static function longLines(string $text): int
    {
        return count(array_filter(explode("\n", $text), fn ($l) => strlen($l) > 120));
    }
}
