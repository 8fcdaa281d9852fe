# Lib/threading imports on _thread, and its single-thread pieces work.
import threading
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), [t.name for t in threading.enumerate()])
lock = threading.Lock()
with lock:
    print(lock.locked())
rl = threading.RLock()
with rl:
    with rl:
        print("rlock nested")
cond = threading.Condition()
with cond:
    print(cond.wait(0.01))
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.wait(), ev.is_set())
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(False))
sem.release()
local = threading.local()
local.x = 1
print(local.x, threading.get_ident() == threading.current_thread().ident)
t = threading.Thread(target=print, args=("never",))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
import reprlib, functools
print(reprlib.repr(list(range(50))))
