<?php

declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

use Shopfront\PriceApi\Catalogue;
use Shopfront\PriceFormat\Money;
use Shopfront\PriceFormat\PriceFormatter;

header('Content-Type: application/json');

$sku = (string) ($_GET['sku'] ?? '');
$locale = (string) ($_GET['locale'] ?? 'en_US');
$entry = Catalogue::net($sku);
if ($entry === null) {
    http_response_code(404);
    echo json_encode(['error' => "unknown sku $sku"]);
    return;
}
[$amount, $currency] = $entry;
$gross = Money::parse($amount, $currency)->withVat(19);
echo json_encode([
    'sku' => $sku,
    'locale' => $locale,
    'gross' => (new PriceFormatter($locale))->format($gross),
], JSON_UNESCAPED_UNICODE), "\n";
