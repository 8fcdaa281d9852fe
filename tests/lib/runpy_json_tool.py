# `python -m json.tool --sort-keys` as runpy runs it, reading JSON from stdin
# (json.tool uses `with sys.stdin` and `with sys.stdout`).
import runpy
import sys

print('before')
sys.argv = ['json.tool', '--sort-keys', '--indent', '2']
runpy.run_module('json.tool', run_name='__main__', alter_sys=True)
