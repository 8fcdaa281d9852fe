# mktime around summer-time changes: the skipped hour, the repeated hour with
# tm_isdst 0 and 1, and a requested tm_isdst that the date doesn't have.
# (glibc's answer for a repeated hour with tm_isdst -1 depends on its previous
# call, so the test leaves that one out.)
import os
import time
for z in ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'EST5EDT,M3.2.0,M11.1.0', 'UTC']:
    os.environ['TZ'] = z
    time.tzset()
    print(z)
    for fields in [(2021, 3, 14, 1, 59, 59), (2021, 3, 14, 3, 0, 0), (2021, 11, 7, 1, 30, 0),
                   (2021, 3, 28, 2, 30, 0), (2021, 10, 31, 2, 30, 0), (2021, 4, 4, 2, 30, 0),
                   (2021, 10, 3, 2, 30, 0), (2021, 1, 15, 12, 0, 0), (2021, 7, 15, 12, 0, 0)]:
        res = {isdst: time.mktime(fields + (0, 0, isdst)) for isdst in (0, 1)}
        repeated = res[0] != res[1] and all(time.localtime(t)[:6] == fields for t in res.values())
        if not repeated:
            res[-1] = time.mktime(fields + (0, 0, -1))
        row = ['%d: %d %s %d' % (k, t, time.strftime('%H:%M', time.localtime(t)), time.localtime(t).tm_isdst)
               for k, t in sorted(res.items())]
        print('  ', fields, 'repeated' if repeated else '', ' | '.join(row))
