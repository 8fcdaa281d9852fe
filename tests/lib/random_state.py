# getstate/setstate round-trip, and setstate's checks.
import _random
r = _random.Random(7)
st = r.getstate()
print(len(st), st[0], st[1], st[-1], type(st).__name__)
a = [r.random() for _ in range(1300)]
r.setstate(st)
b = [r.random() for _ in range(1300)]
print(a == b, a[-1], r.getstate()[-1])
r.setstate((2**40 + 5,) * 624 + (624,))
print(r.getstate()[:2], r.random())
r.setstate((1,) * 624 + (0,))
print(r.getstate()[-1], r.random())
for bad in [[], (1,) * 3, (1,) * 624 + (625,), (1,) * 624 + (-1,), (-1,) * 625, (1.0,) * 625, (2**70,) * 625, None]:
    try:
        print(r.setstate(bad))
    except Exception as e:
        print(type(e).__name__, e)
