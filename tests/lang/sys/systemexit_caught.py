# SystemExit can be caught and inspected
import sys
for arg in (0, 2, "text", None):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit", repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code, e.args)
try:
    sys.exit(1)
except Exception:
    print("not an Exception subclass - never printed")
except BaseException as e:
    print("BaseException handler", type(e).__name__)
def f():
    try:
        sys.exit(4)
    finally:
        print("finally runs on exit")
try:
    f()
except SystemExit as e:
    print("code", e.code)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
