# Errors of lock acquire/release and of the lock type.
import _thread
l = _thread.allocate_lock()
tests = [
    l.release,
    lambda: l.acquire(False, 1),
    lambda: l.acquire(blocking=False, timeout=0.5),
    lambda: l.acquire(timeout=-2),
    lambda: l.acquire(timeout=-0.5),
    lambda: l.acquire(1, 2, 3),
    lambda: l.acquire(timeout="x"),
    lambda: l.acquire(timeout=1e300),
    lambda: l.acquire(bogus=1),
    lambda: _thread.LockType(),
    lambda: l.locked(1),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(l.acquire(timeout=-1), l.locked())
try:
    class Sub(_thread.LockType):
        pass
except TypeError as e:
    print("TypeError", e)
