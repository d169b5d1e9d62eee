<?php

require __DIR__ . '/vendor/autoload.php';

use App\Archive;
use Reach\Ledger\Balance;

$entries = Archive::entries(['journal.txt' => "rent -950\n", 'notes.txt' => "ok\n"]);
printf("php-ext-composer: balance %d, %d entries zipped with ext-zip\n", Balance::of([2400, -950, -312, 45]), $entries);
