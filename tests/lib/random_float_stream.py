# A long stream of random() crosses several state regenerations.
import _random
r = _random.Random(20241123)
total = 0.0
for i in range(5000):
    x = r.random()
    total += x
    if i % 997 == 0:
        print(i, x)
print(round(total, 6))
print([r.getrandbits(8) for _ in range(20)])
