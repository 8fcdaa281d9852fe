# sys's build and runtime attributes: thread_info, stdlib_module_names,
# abiflags, api_version, _current_frames, _current_exceptions.
import sys
import _thread

print(type(sys.thread_info).__name__, len(sys.thread_info), sys.thread_info._fields if hasattr(sys.thread_info, '_fields') else sys.thread_info.n_fields)
print(sys.thread_info.name in ('pthread', 'pthread-stubs', 'nt', 'solaris'))
print(type(sys.stdlib_module_names).__name__, len(sys.stdlib_module_names))
print(sorted(n for n in sys.stdlib_module_names if n.startswith('json') or n.startswith('asyn')))
print('os' in sys.stdlib_module_names, 'numpy' in sys.stdlib_module_names)
print(repr(sys.abiflags), sys.api_version, sys._home, repr(sys._framework))
print(sys._git[1:], type(sys._git).__name__)
print(sys.copyright.count('Python Software Foundation') >= 1)

frames = sys._current_frames()
me = _thread.get_ident()
print(list(frames) == [me], frames[me] is sys._getframe(), frames[me].f_code.co_name)


def f():
    return sys._current_frames()[me].f_code.co_name


print(f())
print(list(sys._current_exceptions().values()), list(sys._current_exceptions()) == [me])
try:
    1 / 0
except ZeroDivisionError:
    cur = sys._current_exceptions()[me]
    print(cur[0].__name__, cur[1], type(cur[2]).__name__)
print(type(sys._getquickenedcount()).__name__)
