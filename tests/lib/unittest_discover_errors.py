# unittest discovery errors: a test module that fails to import becomes an
# erroring _FailedTest; a start directory that is not a package/importable.
import io
import re
import unittest

loader = unittest.TestLoader()
suite = loader.discover('tests/lib/_unittest_broken', top_level_dir='tests/lib')
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = re.sub(r'in \d+\.\d+s', 'in Ns', stream.getvalue())
print('\n'.join(l for l in text.splitlines() if not l.startswith(' ')))
print(result.testsRun, len(result.errors), sorted(loader.errors and ['loader errors'] or []))
for args in [('tests/lib/_no_such_dir', 'tests/lib'), ('tests/lib/_unittest_pkg', 'tests/lang')]:
    try:
        unittest.TestLoader().discover(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    unittest.TestLoader().loadTestsFromName('no_such_mod_ut.Thing')
except Exception as e:
    print(type(e).__name__, e)
print(unittest.TestLoader().loadTestsFromName('_unittest_broken.test_fine.T.test_fine').id())
