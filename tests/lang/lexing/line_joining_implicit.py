# Implicit line joining inside (), [] and {}; comments and blank lines allowed.
values = [
    1,   # one

    2,   # two
]
mapping = {
    "a":
        1,
}
result = (
    values[0]
    +
    values[1]
)
def f(a,
      b,
      c=3):
    return a + b + c
print(values, mapping, result, f(1,
  2))
