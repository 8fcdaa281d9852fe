# _thread locks: acquire/release, non-blocking and timed acquires, the context manager.
import _thread
l = _thread.allocate_lock()
print(type(l).__name__, type(l) is _thread.LockType, _thread.allocate().locked())
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(blocking=False), l.acquire(timeout=0))
print(l.acquire(True, 0.01), l.acquire(True, 0), l.acquire(timeout=0.001))
l.release()
print(l.locked(), l.acquire_lock(), l.locked_lock())
l.release_lock()
with l:
    print("inside", l.locked())
print("after", l.locked())
try:
    with l:
        raise KeyError("k")
except KeyError as e:
    print("raised", e, l.locked())
print(repr(l).startswith("<unlocked _thread.lock object at 0x"))
l.acquire()
print(repr(l).startswith("<locked _thread.lock object at 0x"))
l._at_fork_reinit()
print(l.locked())
