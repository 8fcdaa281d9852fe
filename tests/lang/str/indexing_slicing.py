# String indexing, slicing, iteration, concatenation, repetition
s = "Krait language"
print(s[0], s[-1], s[6:], s[:5], s[::2], s[::-1], s[3:-3], s[-8:-2:2])
print(s + "!", s * 2, 3 * "ab", "" * 5, "x" * 0, "x" * -2)
for ch in "héllo":
    print(ch, end=".")
print()
print(list("abc"), [c for c in "日本語"], len("日本語"), "日本語"[1], "日本語"[::-1])
t = "mixed é and 😀 chars"
print(len(t), t[6], t[12], t[-5:], t.upper())
print("abc" < "abd", "Z" < "a", "a" * 3 == "aaa", "ab" in "cabd", min("hello"), max("hello"))
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = 'k'
except TypeError as e:
    print("TypeError:", e)
