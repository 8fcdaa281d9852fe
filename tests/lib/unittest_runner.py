import io
import unittest

class T(unittest.TestCase):
    def setUp(self):
        self.v = [1, 2]
    def test_ok(self):
        self.assertEqual(sum(self.v), 3)
        self.assertIn(2, self.v)
        self.assertTrue(self.v)
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
    def test_error(self):
        {}["missing"]
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaisesRegex(ValueError, "bad", int, "bad")
    @unittest.skip("why")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 2)

s = io.StringIO()
r = unittest.TextTestRunner(stream=s, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), r.wasSuccessful())
print("\n".join(l for l in s.getvalue().splitlines() if not l.startswith(("Ran ", "  File"))))
