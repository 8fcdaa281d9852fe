# test: full-stderr
# stacklevel picks the frame whose line is reported; past the stack it is sys:1.
import _warnings


def deprecated_api():
    _warnings.warn("old api", UserWarning, stacklevel=2)


def caller():
    deprecated_api()


caller()
_warnings.warn("too deep", UserWarning, stacklevel=50)
print("ok")
