# _thread's functions and constants.
import _thread
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX)
i = _thread.get_ident()
print(type(i).__name__, i != 0, i == _thread.get_ident())
n = _thread.get_native_id()
print(type(n).__name__, n >= 0)
print(_thread._count(), _thread.stack_size(), _thread.stack_size(0), _thread.stack_size(65536))
s = _thread._set_sentinel()
print(type(s).__name__, s.locked())
for f in [lambda: _thread.stack_size(100), lambda: _thread.stack_size(-1), lambda: _thread.stack_size(1.5),
          lambda: _thread.start_new_thread(1, ()), lambda: _thread.start_new_thread(print, []),
          lambda: _thread.start_new_thread(print, (), []), lambda: _thread.start_new_thread(print),
          lambda: _thread.exit()]:
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
_thread.stack_size(0)
