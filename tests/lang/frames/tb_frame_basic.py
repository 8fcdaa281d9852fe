# Traceback entries: tb_frame, tb_lineno, tb_lasti and tb_next.
import sys
def level3(x):
    return 1 / x
def level2(x):
    return level3(x) + 1
def level1():
    return level2(0)
try:
    level1()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb is not None:
        fr = tb.tb_frame
        print(fr.f_code.co_name, tb.tb_lineno, fr.f_lineno, type(tb.tb_lasti).__name__, tb.tb_lasti >= 0)
        tb = tb.tb_next
    print(e.__traceback__.tb_frame is sys._getframe())
    print(e.__traceback__.tb_frame.f_globals is globals())
    print(type(e.__traceback__).__name__)
    print(sys.exc_info()[2] is e.__traceback__)
