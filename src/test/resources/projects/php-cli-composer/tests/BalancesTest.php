<?php

use Treasury\Ledger\Balances;

$b = new Balances();
$b->post('a', '1.5');
$b->post('b', '-1.5');
assert($b->sum() === '0.000000');
