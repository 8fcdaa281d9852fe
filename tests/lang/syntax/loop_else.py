# for/else and while/else: else runs unless break.
for i in range(3):
    pass
else:
    print("for else ran", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
n = 0
while n < 2:
    n += 1
else:
    print("while else ran", n)
while True:
    break
else:
    print("not printed")
for x in []:
    pass
else:
    print("empty for else")
