# Conditional expressions (x if c else y)
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
def t(x):
    print("t", x)
    return x
print(t('a') if True else t('b'))
print(t('a') if False else t('b'))
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
print([i if i % 2 else -i for i in range(6)])
print((1 if x else 2) + 10)
print(1 if [] else 2 if () else 3)
f = (lambda a: a) if x else (lambda a: -a)
print(f(7))
print(abs(x) if isinstance(x, int) else None)
