<?php

declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

use Acme\Invoices\Archive;

$month = preg_match('/^\d{4}-\d{2}$/', $_GET['month'] ?? '') ? $_GET['month'] : date('Y-m');
$root = dirname(__DIR__);
$zip = "$root/var/exports/$month.zip";
Archive::write(Archive::statements("$root/data/$month.csv"), $zip);
header('Content-Type: application/zip');
header("Content-Disposition: attachment; filename=\"invoices-$month.zip\"");
readfile($zip);
