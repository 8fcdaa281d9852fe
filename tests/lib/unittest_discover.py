# unittest discovery over a small test package (tests/lib/_unittest_pkg) with
# passing, failing, erroring, skipped and expected-failure tests: the verbose
# report and summary CPython prints (the run time masked).
import io
import re
import unittest

stream = io.StringIO()
prog = unittest.main(module=None, exit=False,
                     argv=['prog', 'discover', '-s', 'tests/lib/_unittest_pkg', '-t', 'tests/lib', '-p', 'test_*.py'],
                     testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
print(re.sub(r'in \d+\.\d+s', 'in Ns', stream.getvalue()))
r = prog.result
print(r.testsRun, r.wasSuccessful(), len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures))
print([t.id() for t, _ in r.failures], [t.id() for t, _ in r.errors])
