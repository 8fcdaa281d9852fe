import time
# Clocks: types, monotonicity, sleep's elapsed time.
print(type(time.time()), type(time.time_ns()), type(time.monotonic()), type(time.monotonic_ns()))
print(type(time.perf_counter()), type(time.perf_counter_ns()), type(time.process_time()), type(time.process_time_ns()))
print(type(time.thread_time()), type(time.thread_time_ns()))
a = [time.monotonic() for _ in range(100)]
print(all(x <= y for x, y in zip(a, a[1:])))
b = [time.perf_counter_ns() for _ in range(100)]
print(all(x <= y for x, y in zip(b, b[1:])))
t0 = time.monotonic(); p0 = time.perf_counter()
print(time.sleep(0.01))
print(time.monotonic() - t0 >= 0.0099, time.perf_counter() - p0 >= 0.0099)
t0 = time.monotonic_ns(); time.sleep(0); time.sleep(False)
print(time.monotonic_ns() >= t0)
print(abs(time.time() - time.time_ns() / 1e9) < 1, time.time() > 1.6e9)
print(time.process_time() >= 0, time.process_time_ns() >= 0)
print(time.gmtime().tm_year >= 2023, time.localtime().tm_year >= 2023, len(time.ctime()), len(time.asctime()))
print(abs(time.mktime(time.localtime()) - time.time()) < 5)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)), type(time.clock_gettime_ns(time.CLOCK_REALTIME)))
print(time.clock_gettime(time.CLOCK_REALTIME) > 1.6e9)
