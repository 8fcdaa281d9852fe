# coding=iso_8859_1
# "coding=" and the underscore spelling of Latin-1 work too.
print("¿qué?", [ord(c) for c in "¿é"])
