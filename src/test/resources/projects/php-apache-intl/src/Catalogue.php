<?php

declare(strict_types=1);

namespace Shopfront\PriceApi;

/** Net prices by SKU as the ERP exports them. */
final class Catalogue
{
    private const NET = [
        'MUG-01' => ['9.90', 'EUR'],
        'TEE-02' => ['24.00', 'EUR'],
        'LAMP-7' => ['1234.50', 'EUR'],
        'DESK-3' => ['649.00', 'CHF'],
    ];

    /** @return array{0: string, 1: string}|null */
    public static function net(string $sku): ?array
    {
        return self::NET[$sku] ?? null;
    }
}
