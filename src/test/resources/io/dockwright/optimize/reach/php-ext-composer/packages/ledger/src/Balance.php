<?php

namespace Reach\Ledger;

/** Sums signed amounts. */
final class Balance
{
    public static function of(array $amounts): int
    {
        return array_sum($amounts);
    }
}
