# Errors of importlib.util.resolve_name / module_from_spec / decode_source.
import importlib.util


class NoExec:
    def __repr__(self):
        return 'NoExec()'


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: importlib.util.resolve_name('.x', None))
attempt(lambda: importlib.util.resolve_name('...x', 'a.b'))
attempt(lambda: importlib.util.resolve_name('..x', 'a'))
spec = importlib.util.spec_from_loader('noexec', NoExec())
attempt(lambda: importlib.util.module_from_spec(spec))
attempt(lambda: importlib.util.module_from_spec('notaspec'))
attempt(lambda: importlib.util.decode_source(b'# coding: nonsense\n'))
attempt(lambda: importlib.util.decode_source('str, not bytes'))
