<?php

declare(strict_types=1);

namespace Shopfront\PriceFormat;

final class PriceFormatter
{
    private \NumberFormatter $formatter;

    public function __construct(private readonly string $locale)
    {
        $this->formatter = new \NumberFormatter($locale, \NumberFormatter::CURRENCY);
    }

    public function format(Money $money): string
    {
        $text = $this->formatter->formatCurrency($money->minor / 100, $money->currency);
        if ($text === false) {
            throw new \RuntimeException(intl_get_error_message());
        }
        // ICU separates with no-break spaces; the storefront wants plain ones
        return str_replace(["\u{00A0}", "\u{202F}"], ' ', $text);
    }

    public function locale(): string
    {
        return $this->locale;
    }
}
