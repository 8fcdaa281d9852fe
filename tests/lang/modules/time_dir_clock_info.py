import time
print([n for n in dir(time) if not n.startswith('__')])
for n in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(n)
    print(n, info, info.monotonic, info.adjustable)
print(time.timezone, time.altzone, time.daylight, time.tzname, time._STRUCT_TM_ITEMS)
try:
    time.get_clock_info('x')
except ValueError as e:
    print(e)
