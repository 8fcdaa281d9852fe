# _thread.RLock: re-entrant acquires by the owner, release counting, Condition helpers.
import _thread
r = _thread.RLock()
print(type(r).__name__, r._is_owned(), r._recursion_count())
print(r.acquire(), r.acquire(), r.acquire(False), r.acquire(timeout=0.5))
print(r._recursion_count(), r._is_owned())
for _ in range(4):
    r.release()
print(r._recursion_count(), r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("nested", r._recursion_count())
print(r._recursion_count())
r.acquire()
r.acquire()
state = r._release_save()
print(state[0], r._is_owned(), r._recursion_count())
r._acquire_restore(state)
print(r._is_owned(), r._recursion_count())
r.release()
r.release()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
try:
    r._release_save()
except RuntimeError as e:
    print("RuntimeError", e)
class MyRLock(_thread.RLock):
    pass
m = MyRLock()
with m:
    print(type(m).__name__, m._is_owned())
for f in [lambda: r.acquire(False, 1), lambda: r.acquire(timeout=-3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
