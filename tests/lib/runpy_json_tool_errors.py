# `python -m json.tool` on invalid JSON: the message on stderr and exit status 1.
import runpy
import sys

sys.argv = ['json.tool']
runpy.run_module('json.tool', run_name='__main__', alter_sys=True)
