require "minitest/autorun"
require "tariffs"

class TariffsTest < Minitest::Test
  def test_free_period
    t = Tariffs::Tariff.new(zone: "x", free_minutes: 10, block_minutes: 15, block_cents: 100, daily_cap_cents: 900)
    assert_equal 0, t.fee_cents(10)
    assert_equal 100, t.fee_cents(11)
  end
end
