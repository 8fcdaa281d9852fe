# whole-range checks of upper, lower, title, casefold and swapcase against the generated tables
# (case mappings exist only below U+20000; one pass keeps the test fast)
chars = [chr(c) for c in range(0x20000)]
up = lo = ti = cf = sw = tt = 0
three, multi_lower, changed = [], [], []
for ch in chars:
    u, l, t, f = ch.upper(), ch.lower(), ch.title(), ch.casefold()
    up += len(u)
    lo += len(l)
    ti += len(t)
    cf += len(f)
    if len(u) == 3 and len(three) < 8:
        three.append(hex(ord(ch)))
    if len(l) > 1:
        multi_lower.append(hex(ord(ch)))
    if ch.swapcase() != ch:
        sw += 1
    if ch.istitle():
        tt += 1
    if u != ch and len(changed) < 5 and ord(ch) > 0x10000:
        changed.append((hex(ord(ch)), u))
print(up, lo, ti, cf, sw, tt)
print(three, multi_lower)
print(changed)
