# traceback: TracebackException, format_exception_only for SyntaxError.
import traceback

try:
    compile("x = (1,\n", "<src>", "exec")
except SyntaxError as e:
    se = e
for l in traceback.format_exception_only(type(se), se):
    print(repr(l))

try:
    compile("a = 1 +", "mod.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")

try:
    compile("def f(:\n    pass", "<x>", "exec")
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, te.filename, te.lineno)
    print(list(te.format_exception_only())[-1], end="")

def boom():
    raise LookupError("nope")

try:
    boom()
except LookupError as e:
    te = traceback.TracebackException.from_exception(e)
print(te.exc_type.__name__, str(te))
print(len(te.stack), te.stack[-1].name)
lines = list(te.format())
print(lines[0], end="")
print(lines[-1], end="")

try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise KeyError(2) from e
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
print(te.__cause__.exc_type.__name__, te.__suppress_context__)
print([l for l in te.format(chain=False) if not l.startswith(" ")])
