# The algorithms of Lib/random.py (randbelow, shuffle, sample, choice, uniform)
# written out over _random.Random: the same draws as CPython for a seed.
import _random
class R(_random.Random):
    def randbelow(self, n):
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r
    def randrange(self, start, stop):
        return start + self.randbelow(stop - start)
    def shuffle(self, x):
        for i in reversed(range(1, len(x))):
            j = self.randbelow(i + 1)
            x[i], x[j] = x[j], x[i]
    def choice(self, seq):
        return seq[self.randbelow(len(seq))]
    def sample(self, population, k):
        pool = list(population)
        n = len(pool)
        result = [None] * k
        for i in range(k):
            j = self.randbelow(n - i)
            result[i] = pool[j]
            pool[j] = pool[n - i - 1]
        return result
    def uniform(self, a, b):
        return a + (b - a) * self.random()
r = R(42)
print(r.randrange(1, 101), r.choice("abcdef"), r.uniform(1, 2))
deck = list(range(20))
r.shuffle(deck)
print(deck)
print(r.sample(range(100), 5))
print([r.randbelow(2**70) for _ in range(3)])
r.seed(2024)
print([r.randrange(-50, 50) for _ in range(10)])
