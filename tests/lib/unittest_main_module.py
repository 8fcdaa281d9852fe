# `python -m unittest discover ...` as runpy runs it (run_module('unittest',
# run_name='__main__', alter_sys=True)): the quiet report on stderr, the
# summary, and the exit status (SystemExit 1 when a test fails).
import contextlib
import io
import re
import runpy
import sys


def run(*args):
    sys.argv = ['-m'] + list(args)
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            runpy.run_module('unittest', run_name='__main__', alter_sys=True)
    except SystemExit as e:
        code = e.code
    else:
        code = 'no exit'
    text = re.sub(r'in \d+\.\d+s', 'in Ns', err.getvalue())
    print('\n'.join(text.splitlines()[-4:]))
    print('exit', code, sys.argv[0])


run('discover', '-s', 'tests/lib/_unittest_pkg', '-t', 'tests/lib', '-p', 'test_ok.py')
run('discover', '-s', 'tests/lib/_unittest_pkg', '-t', 'tests/lib')
run('discover', '-q', '-s', 'tests/lib/_unittest_pkg', '-t', 'tests/lib', '-k', 'upper')
