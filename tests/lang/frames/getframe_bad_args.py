# sys._getframe argument errors
import sys
for args in [("x",), (1.5,), (-1,), (1, 2)]:
    try:
        f = sys._getframe(*args)
        print("ok", f.f_code.co_name)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
