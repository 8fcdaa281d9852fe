# Parts made by split() keep the traceback, cause, context and a copy of the notes.
def raiser():
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from OSError("cause")
try:
    raiser()
except ExceptionGroup as e:
    eg = e
eg.add_note("first note")
m, r = eg.split(ValueError)
for part in (m, r):
    print(repr(part), part.__traceback__ is eg.__traceback__, repr(part.__cause__), repr(part.__context__))
    print(part.__notes__, part.__notes__ is eg.__notes__, part.__suppress_context__)
m.add_note("only on match")
print(eg.__notes__, m.__notes__, r.__notes__)
plain = ExceptionGroup("p", [ValueError(1), TypeError(2)])
m, r = plain.split(ValueError)
print(m.__traceback__, m.__cause__, m.__context__, hasattr(m, "__notes__"), m.__suppress_context__)
odd = ExceptionGroup("odd", [ValueError(1), TypeError(2)])
odd.__notes__ = "not a list"
m, r = odd.split(ValueError)
print(m.__notes__)
odd.__notes__ = 42
m, r = odd.split(ValueError)
print(hasattr(m, "__notes__"))
