import unittest

from app.splitter import Share, split


class SplitTest(unittest.TestCase):
    def test_sums_to_total(self):
        shares = [Share("a", 1), Share("b", 1), Share("c", 1)]
        self.assertEqual(sum(split(100, shares).values()), 100)

    def test_weights(self):
        self.assertEqual(split(300, [Share("a", 2), Share("b", 1)]), {"a": 200, "b": 100})


if __name__ == "__main__":
    unittest.main()
