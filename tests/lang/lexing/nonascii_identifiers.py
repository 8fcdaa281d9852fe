# Non-ASCII identifiers.
π = 3.14159
café = "coffee"
名前 = "name"
Σ = sum
print(π, café, 名前, Σ([1, 2]))
def größe(ü):
    return ü * 2
print(größe(2), größe.__name__)
class Ωmega:
    ä = 1
print(Ωmega.__name__, Ωmega.ä)
print(sorted(k for k in globals() if not k.isascii()))
