require "minitest/autorun"
require "simhash_native"

class SimHashTest < Minitest::Test
  def test_identical_texts_have_distance_zero
    assert_equal 0, SimHash.distance(SimHash.of("a b c"), SimHash.of("a b c"))
  end
end
