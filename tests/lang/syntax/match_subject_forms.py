# Subjects: tuples without parentheses, starred subjects, and evaluation once.
count = 0
def subj():
    global count
    count += 1
    return [1, 2]
match subj():
    case [9]:
        pass
    case [1, x]:
        print("x", x)
print("evaluated", count, "time(s)")
a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")
rest = [3, 4]
match 1, *rest:
    case [1, 3, 4]:
        print("starred subject")
