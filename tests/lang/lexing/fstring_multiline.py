# f-strings spanning lines via triple quotes and parentheses.
a, b = 1, 2
msg = f"""a={a}
b={b}"""
print(msg)
print(f"""{a
+ b}""")
print(f"""sum: {a +
b} and {[a,
b]}""")
total = (f"{a}"
         f"{b}")
print(total)
