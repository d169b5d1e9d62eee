<?php

declare(strict_types=1);

namespace Acme\Invoices;

/** One customer's invoices of a month, totalled with bcmath (no float rounding on money). */
final class Statement
{
    /** @var list<array{0: string, 1: string}> */
    private array $lines = [];

    public function __construct(public readonly string $customer)
    {
    }

    public function add(string $invoice, string $amount): void
    {
        $this->lines[] = [$invoice, $amount];
    }

    public function total(): string
    {
        return array_reduce($this->lines, fn (string $sum, array $l) => bcadd($sum, $l[1], 2), '0.00');
    }

    public function render(): string
    {
        $out = "Statement for {$this->customer}\n";
        foreach ($this->lines as [$invoice, $amount]) {
            $out .= sprintf("%-10s %12s\n", $invoice, $amount);
        }
        return $out . sprintf("%-10s %12s\n", 'TOTAL', $this->total());
    }
}
