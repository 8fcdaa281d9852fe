# sorted() is stable and correct across run sizes around the merge boundaries
x = 12345
def rnd():
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x
for n in [0, 1, 2, 31, 32, 33, 63, 64, 65, 100, 1000, 1024, 1025, 5000, 33333]:
    data = [(rnd() % 50, i) for i in range(n)]
    s = sorted(data, key=lambda t: t[0])
    ok = all(s[i][0] < s[i+1][0] or (s[i][0] == s[i+1][0] and s[i][1] < s[i+1][1]) for i in range(len(s)-1))
    r = sorted(data, key=lambda t: t[0], reverse=True)
    print(n, ok, s == sorted(data, key=lambda t: t[0]), r[:2] == sorted(data, key=lambda t: -t[0])[:2] if n else True)
print(sorted([3, 1, 2]), sorted("hello"), sorted([2.5, -1.0, 3.0]))
