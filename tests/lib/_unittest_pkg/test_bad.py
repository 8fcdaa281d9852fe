import unittest


class TestBad(unittest.TestCase):
    def test_fails(self):
        self.assertEqual([1, 2], [1, 3])

    def test_errors(self):
        {}["missing"]

    def test_passes(self):
        self.assertTrue(True)

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)
