# Lib/random.py on _random: the same numbers as CPython for seeded generators.
import random
r = random.Random(42)
print(r.random(), r.randint(1, 100), r.choice("abcdef"), r.randrange(0, 1000, 7))
l = list(range(20)); r.shuffle(l); print(l)
print(r.sample(range(100), 5), r.gauss(0, 1), r.uniform(1, 2), r.getrandbits(70))
print(r.choices("abc", k=5), r.choices([1, 2, 3], weights=[1, 5, 10], k=4))
print(r.expovariate(2.0), r.normalvariate(1, 2), r.triangular(0, 10, 3), r.betavariate(2, 3), r.randbytes(5))
random.seed(12345); print(random.random(), random.randint(-10**30, 10**30))
r.seed(-99); print(r.random())
r.seed(2**200 + 1); print(r.random())
st = r.getstate(); x = r.random(); r.setstate(st); print(x == r.random(), st[0])
