# bool() and bool arithmetic / repr
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool("0"))
print(bool([]), bool([0]), bool(()), bool({}), bool(None), bool(range(0)), bool(set()))
print(True, False, repr(True), str(False), int(True), float(False))
print(True + True, True * 3, True - False, True / 2, -True)
print(isinstance(True, int), type(True).__name__, True == 1, False == 0, True is True)
print(True and 'x', False or 'y', [True, False].count(True), sum([True, True, False]))
print(True > False, max(False, True), sorted([True, False, True]))
print(hash(True), hash(False), {True: 'a', 1: 'b'})
