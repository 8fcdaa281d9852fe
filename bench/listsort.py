# Sorting with keys and comprehensions over lists of ints, strings and tuples.


def lcg(seed, n):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x)
    return out


def main():
    nums = lcg(42, 100000)
    a = sorted(nums)
    b = sorted(nums, key=lambda v: (v % 1000, -v))
    c = sorted(nums, reverse=True)
    print("ints", a[0], a[-1], b[:3], c[:2])
    strs = [str(v) for v in nums[:60000]]
    s1 = sorted(strs)
    s2 = sorted(strs, key=len)
    s3 = sorted(strs, key=lambda s: s[::-1])
    print("strs", s1[:2], s2[:2], s3[:2])
    recs = [(v % 97, str(v % 1013), v) for v in nums[:80000]]
    recs.sort()
    recs.sort(key=lambda r: r[1])
    print("recs", recs[:2], recs[-1])
    sq = [x * x for x in range(80000) if x % 3]
    pairs = [(x, y) for x in range(200) for y in range(200) if (x ^ y) & 1]
    sq.sort(key=lambda v: -v)
    pairs.sort(key=lambda p: p[0] * 31 + p[1], reverse=True)
    total = 0
    for _ in range(20):
        part = nums[:20000]
        part.sort()
        total += part[len(part) // 2]
    fl = sorted([v / 7 for v in nums[:50000]])
    print("comp", len(sq), sq[0], len(pairs), pairs[0], total, fl[500])


main()
