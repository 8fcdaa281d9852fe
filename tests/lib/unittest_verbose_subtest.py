# unittest's verbose (-v) output for subTest, skip, skipIf, expectedFailure,
# an unexpected success, and failures inside subtests.
import io
import re
import unittest


class Cases(unittest.TestCase):
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i % 3, 2, 'multiple of three plus two')

    def test_subtests_pass(self):
        for word in ['a', 'b']:
            with self.subTest(word, kind='letter'):
                self.assertEqual(len(word), 1)

    @unittest.skip('skipped for the demo')
    def test_skip(self):
        raise AssertionError('never runs')

    @unittest.skipIf(True, 'condition held')
    def test_skip_if(self):
        pass

    def test_skip_inside(self):
        self.skipTest('decided at run time')

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Cases)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(re.sub(r'in \d+\.\d+s', 'in Ns', stream.getvalue()))
print(result.testsRun, len(result.failures), len(result.skipped), len(result.unexpectedSuccesses))
print(sorted(reason for _, reason in result.skipped))
