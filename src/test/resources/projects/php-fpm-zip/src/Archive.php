<?php

declare(strict_types=1);

namespace Acme\Invoices;

final class Archive
{
    /** Reads a month's CSV and returns the statements by customer, in file order. */
    public static function statements(string $csv): array
    {
        $rows = array_map('str_getcsv', file($csv, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
        array_shift($rows);
        $byCustomer = [];
        foreach ($rows as [$customer, $invoice, $amount]) {
            $byCustomer[$customer] ??= new Statement($customer);
            $byCustomer[$customer]->add($invoice, $amount);
        }
        return $byCustomer;
    }

    /** Writes one text file per customer into a zip; returns the entry names. */
    public static function write(array $statements, string $zipPath): array
    {
        $zip = new \ZipArchive();
        if ($zip->open($zipPath, \ZipArchive::CREATE | \ZipArchive::OVERWRITE) !== true) {
            throw new \RuntimeException("cannot write $zipPath");
        }
        foreach ($statements as $s) {
            $zip->addFromString(self::slug($s->customer) . '.txt', $s->render());
        }
        $zip->close();
        $check = new \ZipArchive();
        $check->open($zipPath);
        $names = [];
        for ($i = 0; $i < $check->numFiles; $i++) {
            $names[] = $check->getNameIndex($i);
        }
        return $names;
    }

    private static function slug(string $name): string
    {
        return trim(preg_replace('/[^a-z0-9]+/', '-', strtolower($name)), '-');
    }
}
