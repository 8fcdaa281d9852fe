import ast
for src in ['f"a{b}c"', 'f"{x!r:>{w}}"', 'f"{x=}"', "f'{a}' 'b' f'{c:3}'", 'u"x"', "'a' 'b'", 'rb"\\n"', 'f"{{}}{x!s}{y!a}"',
            'f"""\n{x}\n"""']:
    print(ast.dump(ast.parse(src), include_attributes=True))
