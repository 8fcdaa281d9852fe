# Inside an except* handler the handled exception is the matching part.
import sys
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("value:", repr(sys.exc_info()[1]), sys.exc_info()[1] is e)
except* TypeError as e:
    print("type:", repr(sys.exc_info()[1]), sys.exc_info()[1] is e)
print("after:", sys.exc_info())
try:
    raise KeyError("k")
except* KeyError:
    print(type(sys.exc_info()[1]).__name__, sys.exc_info()[1].exceptions)
print("name unbound:", 'e' in dir())
