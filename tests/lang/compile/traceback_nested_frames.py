# Line numbers for each frame of a nested call chain, via sys.exc_info().
import sys
def level3():
    raise KeyError("deep")
def level2():
    x = 1
    level3()
def level1():
    return [
        level2()
    ]
try:
    level1()
except KeyError:
    tb = sys.exc_info()[2]
    out = []
    while tb is not None:
        out.append("%s:%d" % (tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(out)
print(sys.exc_info())
