from datetime import date, datetime, time
for s in ["2024-02-29", "2024-02-29T13:45", "2024-02-29T13:45:10.5", "2024-02-29 13:45:10+05:30", "2024-02-29T00:00:00.123456-01:00", "2024-02-29T12:00:00Z"]:
    try:
        print(s, "->", repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, "-> ValueError")
for s in ["12:30", "12:30:45.250", "12:30:45+01:00"]:
    try:
        print(s, "->", repr(time.fromisoformat(s)))
    except ValueError:
        print(s, "-> ValueError")
for bad in ["", "2024-13-01", "2024/01/01", "2024-01-01T25:00", "abc"]:
    try:
        datetime.fromisoformat(bad)
        print(bad, "parsed")
    except ValueError:
        print(repr(bad), "ValueError")
try:
    date.fromisoformat(20240101)
except TypeError:
    print("TypeError")
print(date.fromisocalendar(2024, 1, 1), datetime.fromisocalendar(2020, 53, 7))
try:
    date.fromisocalendar(2023, 53, 1)
except ValueError:
    print("ValueError")
