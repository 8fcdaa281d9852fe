# Triple-quoted strings: embedded quotes, newlines and escapes.
s = """line one
line "two" with 'quotes'
line three"""
print(s)
t = '''it's "fine" '' here'''
print(t)
print("""a\
b""")
print(len("""
"""), repr('''\n'''))
print("""ends with quote\"""")
print('''''' == "")
