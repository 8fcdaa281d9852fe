# Format specs for strings
s = "krait"
print(f"[{s}] [{s:10}] [{s:<10}] [{s:>10}] [{s:^10}] [{s:^9}]")
print(f"[{s:*<10}] [{s:->10}] [{s:.^11}] [{s:.3}] [{s:>8.2}]")
print(f"[{s!r:>12}] [{s!r:^12}] [{'':5}] [{'toolong':3}]")
w, p = 12, 4
print(f"[{s:>{w}}] [{s:{w}.{p}}] [{s:^{w - 2}}]")
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
for name, qty, price in table:
    print(f"{name:<12}|{qty:>4}|{price:>7.2f}|")
print(f"{'a':>3}{'b':<3}{'c':^3}|")
print(f"{'é':^5}|{'日本':>4}|")
