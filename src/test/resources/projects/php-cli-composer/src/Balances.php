<?php

declare(strict_types=1);

namespace Treasury\Ledger;

/** Account balances in micro-units, summed with GMP: ledger amounts carry six decimals and exceed 64 bits. */
final class Balances
{
    /** @var array<string, \GMP> */
    private array $micro = [];

    public function post(string $account, string $amount): void
    {
        if (!preg_match('/^(-?)(\d+)(?:\.(\d{1,6}))?$/', $amount, $m)) {
            throw new \InvalidArgumentException("bad amount $amount");
        }
        $value = gmp_add(gmp_mul(gmp_init($m[2], 10), 1000000), gmp_init(str_pad($m[3] ?? '', 6, '0'), 10));
        if ($m[1] === '-') {
            $value = gmp_neg($value);
        }
        $this->micro[$account] = gmp_add($this->micro[$account] ?? gmp_init(0), $value);
    }

    /** @return array<string, string> */
    public function formatted(): array
    {
        ksort($this->micro);
        return array_map([self::class, 'format'], $this->micro);
    }

    public function sum(): string
    {
        return self::format(array_reduce($this->micro, fn ($a, $b) => gmp_add($a, $b), gmp_init(0)));
    }

    private static function format(\GMP $micro): string
    {
        $sign = gmp_sign($micro) < 0 ? '-' : '';
        [$q, $r] = gmp_div_qr(gmp_abs($micro), 1000000);
        return $sign . gmp_strval($q) . '.' . str_pad(gmp_strval($r), 6, '0', STR_PAD_LEFT);
    }
}
