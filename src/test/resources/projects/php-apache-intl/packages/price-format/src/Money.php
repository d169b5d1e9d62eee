<?php

declare(strict_types=1);

namespace Shopfront\PriceFormat;

/** An amount in minor units (cents) of one currency. */
final class Money
{
    public function __construct(public readonly int $minor, public readonly string $currency)
    {
        if (!preg_match('/^[A-Z]{3}$/', $currency)) {
            throw new \InvalidArgumentException("not an ISO 4217 code: $currency");
        }
    }

    public static function parse(string $amount, string $currency): self
    {
        if (!preg_match('/^\d+(\.\d{1,2})?$/', $amount)) {
            throw new \InvalidArgumentException("not an amount: $amount");
        }
        [$units, $cents] = array_pad(explode('.', $amount), 2, '0');
        return new self((int) $units * 100 + (int) str_pad($cents, 2, '0'), $currency);
    }

    public function withVat(int $percent): self
    {
        return new self(intdiv($this->minor * (100 + $percent) + 50, 100), $this->currency);
    }
}
