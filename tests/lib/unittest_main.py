import sys
import unittest

class Small(unittest.TestCase):
    def test_a(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
    def test_b(self):
        self.assertDictEqual({"a": 1}, {"a": 1})
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 3)

prog = unittest.main(exit=False, argv=["x"], stream=sys.stdout, verbosity=0)
print(prog.result.testsRun, prog.result.wasSuccessful())
