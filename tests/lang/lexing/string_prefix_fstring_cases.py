# f-string prefixes in every case combination with r.
x = 42
print(f"{x}", F"{x}", rf"{x}\n", fr"{x}\n", Rf"{x}\t", fR"{x}\t", RF"{x}", FR"{x}", rF"{x}", Fr"{x}")
print(f'{x!r}', F'''{x}''', f"""{
x}""")
