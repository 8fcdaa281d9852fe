# The errors of importlib.util.cache_from_source / source_from_cache.
import importlib.util
import sys

tag = sys.implementation.cache_tag


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, str(e).replace(tag, 'TAG'))
    else:
        print('ok', r.replace(tag, 'TAG'))


attempt(importlib.util.source_from_cache, '/a/m.%s.pyc' % tag)
attempt(importlib.util.source_from_cache, '/a/__pycache__/m.pyc')
attempt(importlib.util.source_from_cache, '/a/__pycache__/m.other-99.pyc')
attempt(importlib.util.source_from_cache, '/a/__pycache__/m.%s.opt-.pyc' % tag)
attempt(importlib.util.source_from_cache, '/a/__pycache__/m.%s.x.y.pyc' % tag)
attempt(importlib.util.cache_from_source, '/a/m.py', optimization='a-b')
attempt(importlib.util.cache_from_source, '/a/m.py', debug_override=True, optimization='')
attempt(importlib.util.cache_from_source, 42)
