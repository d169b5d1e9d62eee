<?php
// Packs Debian's Composer (/usr/bin/composer and the /usr/share/php libraries it loads, all found through
// __DIR__) into one self-contained phar, which is what the official composer image has at /usr/bin/composer
// and what Dockerfiles copy from it (COPY --from=composer:2 /usr/bin/composer ...).
// Usage: php -d phar.readonly=0 composer-phar.php OUT.phar
$out = $argv[1];
$phar = new Phar($out, 0, 'composer.phar');
$phar->startBuffering();
$root = '/usr/share/php/';
$files = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($root, FilesystemIterator::SKIP_DOTS));
foreach ($files as $file) {
    $phar->addFile($file->getPathname(), 'share/php/' . substr($file->getPathname(), strlen($root)));
}
// an included file's #! line would be printed, so the launcher goes in without it
$phar->addFromString('bin/composer', preg_replace('{^#!.*\n}', '', file_get_contents('/usr/bin/composer')));
$phar->setStub("#!/usr/bin/env php\n<?php\nPhar::mapPhar('composer.phar');\nrequire 'phar://composer.phar/bin/composer';\n__HALT_COMPILER();\n");
$phar->stopBuffering();
chmod($out, 0755);
