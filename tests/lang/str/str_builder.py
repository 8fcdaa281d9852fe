# Building strings in loops
out = ""
for i in range(10):
    out += str(i)
print(out, len(out))
parts = []
for i in range(5):
    parts.append("item" + str(i))
print(",".join(parts))
s = ""
for word in "the rain in spain".split():
    s = word + " " + s
print(s.strip())
acc = []
n = 1234567
while n:
    acc.append(str(n % 10))
    n //= 10
print("".join(acc))
def caesar(text, k):
    res = []
    for ch in text:
        if ch.isalpha():
            base = ord('a') if ch.islower() else ord('A')
            res.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            res.append(ch)
    return "".join(res)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print(caesar("xyz XYZ", 30))
