# Doubled braces and quotes inside f-strings.
x = 5
print(f"{{literal}} {x} {{{x}}}")
print(f"{'single'}" f'{"double"}')
print(f"""{'''triple'''}""")
print(f"{{}}", f"{x}{{")
d = {"a": 1}
print(f"{d['a']}")
