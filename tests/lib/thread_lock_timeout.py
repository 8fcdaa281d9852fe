# Timed and non-blocking acquires of a held lock give up; int, bool and float timeouts.
import _thread, time
l = _thread.allocate_lock()
l.acquire()
t0 = time.monotonic()
print(l.acquire(timeout=0.02), l.acquire(True, 0), l.acquire(1, 0.01), l.acquire(blocking=True, timeout=False))
print(time.monotonic() - t0 >= 0.02)
print(l.acquire(0), l.acquire(False, -1), l.acquire(blocking=0))
r = _thread.RLock()
r.acquire()
print(r.acquire(timeout=0), r.acquire(False), r._recursion_count())
l.release()
print(l.acquire(timeout=5), l.acquire(timeout=1e-6))
