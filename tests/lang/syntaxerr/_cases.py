# Helper for the syntax error tests: compiles each source in each mode and
# prints what happened, with the SyntaxError's message, position and text.
# (text=False leaves out e.text: CPython reads it back from the file for errors
# found after parsing, so it is None for sources that are not files.)
def report(cases, modes=("exec",), filename="<test>", text=True):
    for src in cases:
        for mode in modes:
            try:
                compile(src, filename, mode)
                print(mode, repr(src), "compiled")
            except SyntaxError as e:
                print(mode, repr(src), type(e).__name__, e.msg, "|", e.lineno, e.offset, e.end_lineno,
                      e.end_offset, repr(e.text) if text else "")
