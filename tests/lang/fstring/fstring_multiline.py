# Triple-quoted and multi-part f-strings
a, b = 3, 4
msg = f"""Result:
  a={a}
  b={b}
  sum={a + b}"""
print(msg)
long = (f"first {a} "
        f"second {b} "
        "plain "
        f"third {a * b}")
print(long)
print(f'''{'single'} and {"double"}''')
r = f"{a}\t{b}\n{a + b}"
print(r)
print(f"{a!r:>4}" + f"{b:<4}" + "|")
