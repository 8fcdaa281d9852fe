# an "enum" made with namedtuple (seed example)
from collections import namedtuple
Colors = namedtuple("Colors", "RED GREEN BLUE")
Color = Colors(*range(3))
print(Color)
print(Color.RED, Color.GREEN, Color.BLUE)
print(Color._fields.index("GREEN"), Color[2])
for name, value in zip(Color._fields, Color):
    print(name, value)
print(Color._asdict())
Weekday = namedtuple("Weekday", "MON TUE WED")._make(["mon", "tue", "wed"])
print(Weekday.TUE.upper(), list(Weekday))
try:
    Color.PURPLE
except AttributeError as e:
    print("AttributeError", e)
