import unittest


class T(unittest.TestCase):
    def test_fine(self):
        self.assertIn(1, [1])
