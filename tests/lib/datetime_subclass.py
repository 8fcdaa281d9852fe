from datetime import date, datetime, timedelta, tzinfo, timezone
class MyDate(date):
    def describe(self): return "my " + self.isoformat()
d = MyDate(2024, 5, 6)
print(d.describe(), type(d + timedelta(1)).__name__, type(d.replace(day=1)).__name__, MyDate.today() > d or True)
class Fixed(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=3)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "F3"
dt = datetime(2024, 1, 1, 12, tzinfo=Fixed())
print(dt, dt.tzname(), dt.utcoffset(), dt.astimezone(timezone.utc), dt.timetz())
class Bad(tzinfo):
    def utcoffset(self, dt): return 5
try:
    datetime(2024, 1, 1, tzinfo=Bad()).utcoffset()
except TypeError:
    print("TypeError")
print(datetime(2024, 1, 1, tzinfo=timezone.utc).tzinfo, timezone.min, timezone.max, timezone(timedelta(0)) == timezone.utc)
import pickle, copy
print(pickle.loads(pickle.dumps(dt.replace(tzinfo=timezone.utc))), copy.deepcopy(d), pickle.loads(pickle.dumps(timedelta(1, 2, 3))))
