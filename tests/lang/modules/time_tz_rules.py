# Local time under TZ values set at run time (time.tzset): zone files, POSIX
# rules with and without change dates, quoted names, unusable values (UTC
# under the given name), and times past a zone file's last transition.
import os
import time
zones = ['UTC', '', 'Europe/Berlin', ':Europe/London', 'America/New_York', 'Australia/Sydney',
         'America/Sao_Paulo', 'Asia/Kolkata', 'EST5EDT,M3.2.0,M11.1.0', 'EST5EDT', '<+0330>-3:30',
         'CET-1CEST,M3.5.0,M10.5.0/3', 'NZST-12NZDT,M9.5.0,M4.1.0/3', 'AAA3BBB,J60/2,J300/2',
         'CCC-2DDD-3,59,300/1:30', 'XYZ3', 'Foo/Bar']
times = [0, 1234567890, 1593561600, 1609459200, 2**31 + 86400 * 180, 4102444800 + 86400 * 200, -2**31 - 10**6]
for z in zones:
    os.environ['TZ'] = z
    time.tzset()
    print(repr(z), time.tzname, time.timezone, time.altzone, time.daylight)
    for t in times:
        lt = time.localtime(t)
        print('  ', t, tuple(lt)[:6], lt.tm_isdst, lt.tm_zone, lt.tm_gmtoff, time.mktime(lt) == t,
              time.strftime('%H:%M %Z %z', lt))
