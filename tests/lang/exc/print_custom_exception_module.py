# test: full-stderr
# Tracebacks name exceptions by module and qualname (builtins and __main__ omit the module)
import collections
class Local(Exception):
    pass
class Holder:
    class Nested(LookupError):
        pass
try:
    raise Holder.Nested('nested message')
except LookupError as e:
    import traceback
    traceback.print_exception(e)
raise Local('local message')
