# co_code is bytes of whole instructions; co_lines() and co_positions() cover it.
def f(x):
    y = x + 1
    if y > 2:
        y = y * 3
    return y


for code in (f.__code__, compile("a = 1\nb = a + 2\n", "<s>", "exec")):
    raw = code.co_code
    print(type(raw).__name__ == "bytes", len(raw) > 0)
    positions = list(code.co_positions())
    unit = len(raw) // len(positions)
    print(unit in (2, 4), len(raw) == unit * len(positions))
    ranges = list(code.co_lines())
    print(all(type(r) is tuple and len(r) == 3 for r in ranges))
    print(ranges[0][0] == 0, ranges[-1][1] == len(raw))
    print(all(s < e and s % unit == 0 and e % unit == 0 for s, e, _ in ranges))
    print(all(ranges[i][1] == ranges[i + 1][0] for i in range(len(ranges) - 1)))
    print(all(line is None or type(line) is int for _, _, line in ranges))
