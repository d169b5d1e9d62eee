require "yaml"

# Parking fees from a tariff table: a free period, then a price per started block, capped per day.
module Tariffs
  Tariff = Struct.new(:zone, :free_minutes, :block_minutes, :block_cents, :daily_cap_cents, keyword_init: true) do
    def fee_cents(minutes)
      days, rest = minutes.divmod(24 * 60)
      days * daily_cap_cents + [day_fee(rest), daily_cap_cents].min
    end

    private

    def day_fee(minutes)
      billable = minutes - free_minutes
      return 0 if billable <= 0
      (billable + block_minutes - 1) / block_minutes * block_cents
    end
  end

  def self.load(path)
    YAML.safe_load(File.read(path)).to_h { |zone, t| [zone, Tariff.new(zone: zone, **t.transform_keys(&:to_sym))] }
  end
end
